// Public API of the security domain: pure rules for redirects, throttling and headers.
export { DEFAULT_AFTER_SIGN_IN, safeRedirectPath, safeRedirectUrl } from "./safe-redirect";
export {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  THROTTLED_CODE,
  afterFailure,
  currentState,
  describeWait,
  lockDelayMs,
  retryAfterMs,
  signInErrorMessage,
  throttledCode,
  throttledMessage,
} from "./throttle";
export type { ThrottlePolicy, ThrottleState } from "./throttle";
export { clientAddress } from "./client-address";
export { contentSecurityPolicy, makeNonce, securityHeaders } from "./headers";
export type { HeaderContext } from "./headers";
