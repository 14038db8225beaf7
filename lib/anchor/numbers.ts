const numberWords: Record<string, string> = {
  zero: '0', none: '0', one: '1', single: '1', two: '2', both: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', dozen: '12',
  thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', hundred: '100', hundreds: '100s', thousand: '1000', thousands: '1000s',
  million: '1000000', millions: '1000000s', dozens: '12s', first: '1st', second: '2nd', third: '3rd',
  fourth: '4th', fifth: '5th', half: '1/2', twice: 'x2',
};

/**
 * The numbers a text states, in order, as comparable tokens: "1,200" and "1200"
 * give "1200", "three" gives "3". Two texts that differ here cannot be the same
 * claim however alike their other words are.
 */
export function numbersIn(text: string): string[] {
  const numbers: string[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*|\p{L}+/gu)) {
    const token = match[0];
    if (/^\d/.test(token)) numbers.push(token.replace(/,/g, ''));
    else {
      const word = numberWords[token.toLowerCase()];
      if (word) numbers.push(word);
    }
  }
  return numbers;
}

/** True when two texts state the same numbers in the same order. */
export function sameNumbers(a: string, b: string): boolean {
  const left = numbersIn(a);
  const right = numbersIn(b);
  return left.length === right.length && left.every((value, index) => value === right[index]);
}
