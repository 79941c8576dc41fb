// What a refusal (403) says, written for the person who tried. A 404 always says only that the
// thing was not found, so it gives nothing away.
import type { Action, ResourceState, Role } from "./matrix";

const STARTER = "It is part of the starter collection, which everyone sees and nobody changes.";

export function refusalMessage(action: Action, state: ResourceState, role: Role): string {
  switch (action) {
    case "document.manage":
      return state === "starter"
        ? `This document cannot be renamed or deleted. ${STARTER}`
        : "Only the person who added this document can rename or delete it.";
    case "document.share":
      if (role === "student") return "Only instructors share documents with a class.";
      return state === "starter"
        ? `There is no need to share this document: every account already sees it. ${STARTER}`
        : "Only the person who added this document can share it.";
    case "deck.manage":
      return state === "starter"
        ? `This deck cannot be renamed or deleted. ${STARTER}`
        : "Only the person who built this deck can rename or delete it.";
    case "deck.curate":
      return role === "student"
        ? "Only instructors can review and edit deck items."
        : "Only the person who built this deck can change its items. Make your own copy to curate it.";
    case "deck.share":
      if (role === "student") return "Only instructors share decks with a class.";
      return state === "starter"
        ? `There is no need to share this deck: every account already sees it. ${STARTER}`
        : "Only the person who built this deck can share it.";
    case "class.manage":
      return "Only the class's instructor can change it.";
    case "assignment.create":
      return "Only instructors can assign quizzes.";
    case "results.read":
      return "Only the class's instructor can read its results.";
    case "assignment.take":
      return "Assignments are taken by the class's students. Instructors can preview a deck by starting a quiz from it.";
    default:
      return "You cannot do this here.";
  }
}
