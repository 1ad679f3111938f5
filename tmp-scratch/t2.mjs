import nlp from "compromise";
const xs = [
  "Kathleen FitzGibbon",
  "Al Jazeera",
  "Politico",
  "Nicolas Normand",
  "Eleanor Watson",
  "Agadez",
  "Niamey",
  "Sahel",
  "Wagner Group",
  "Defence Department",
  "Canada",
  "Burkina Faso",
  "Sabrina Singh",
  "Emmanuel Macron",
  "Asian Lite News",
  "Maria Okafor",
  "Lagos",
  "Tomasz Wiśniewski",
  "Kenji Tanaka",
  "Priya Raman",
];
let t0 = performance.now();
for (const x of xs) {
  const d = nlp(x);
  console.log(
    x,
    d.has("#Person"),
    d.has("#Place"),
    d.has("#Organization"),
    d.has("#FirstName"),
    d.has("#Country"),
    d.has("#City"),
  );
}
console.log((performance.now() - t0).toFixed(1));
t0 = performance.now();
for (let i = 0; i < 200; i++) nlp("Kathleen FitzGibbon" + i).has("#Person");
console.log((performance.now() - t0) / 200);
