/** "Hilfe": STUB, the help helper builds the articles and their search. */
export function HelpScreen() {
  return null;
}
