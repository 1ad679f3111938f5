import { extractQuantities } from "../app/_domain/content/quantities";
console.log(
  extractQuantities(
    {
      id: "x",
      text: "In the wake, approximately 1,100 U.S. soldiers stationed in Niger had been confined.",
      start: 0,
      end: 10,
    },
    [],
  ),
);
const t = "approximately 1,100 U.S. soldiers stationed";
const hedges = "approximately|about";
const re = new RegExp(`(?:\\b(${hedges})\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\b`, "gi");
console.log([...t.matchAll(re)].map((m) => m[0]));
