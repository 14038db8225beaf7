const furnitureLine =
  /^(?:advertisement|sponsored(?: content)?|share(?: this(?: article| story)?)?|read more|continue reading|listen to (?:this )?article|skip to (?:main )?content|sign up|subscribe(?: now)?|follow us(?: on .*)?|back to top|(?:\d+ )?comments?|show comments|loading\.*)$/i;

const creditLine = /^(?:photo|image|picture|video|graphic|credit|source|file photo)\s*:/i;

/** True for a short line of page furniture that sits inside article bodies: "Advertisement", "Photo: AFP". */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > 80) return false;
  return furnitureLine.test(text) || creditLine.test(text);
}
