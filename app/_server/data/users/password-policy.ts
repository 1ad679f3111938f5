import { z } from "zod";

// NIST SP 800-63B §5.1.1.2: length over composition rules, and a check against passwords that
// are known to be common. Ten characters is the floor a passphrase clears without effort.
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

const COMMON_PASSWORDS = new Set([
  "password123",
  "password1234",
  "1234567890",
  "qwertyuiop",
  "iloveyou12",
  "letmein123",
  "welcome123",
  "administrator",
  "passw0rd123",
  "0987654321",
  "1111111111",
  "abcdefghij",
  "qwerty12345",
  "football123",
  "baseball123",
  "princess123",
  "sunshine123",
  "citecards1",
  "citecards123",
  "student123",
  "teacher123",
]);

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters for your password.`)
  .refine(
    (value) => !COMMON_PASSWORDS.has(value.toLowerCase()),
    "That password is too common; choose another.",
  )
  .refine(
    (value) => new Set(value).size >= 4,
    "That password repeats too few characters; choose another.",
  );

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));
