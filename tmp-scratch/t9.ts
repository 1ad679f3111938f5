import { countryOf } from "../app/_domain/content/lookup";
console.log(
  countryOf("Niger"),
  countryOf("Agadez"),
  countryOf("Russian Forces"),
  countryOf("Enter Niger"),
  countryOf("Niger Airbase"),
);
