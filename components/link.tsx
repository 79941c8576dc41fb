// next/link without viewport prefetching. Every page here is dynamic (it reads the session),
// so a prefetch fetched only the layouts, twice per link (route tree, then segments), and
// parsing those responses was most of the main thread's work after hydration on pages with
// many links (decision 071). A click still navigates on the client; LinkPending shows it.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
