// The demo's customers: Dutch first and last names with unique example.com addresses.
import type { Random } from '../random.ts';

export const FIRST_NAMES = [
  'Emma', 'Daan', 'Julia', 'Sem', 'Mila', 'Lucas', 'Sophie', 'Levi', 'Tess', 'Finn', 'Noor', 'Milan', 'Zoë', 'Jesse', 'Sara', 'Thijs', 'Anna',
  'Bram', 'Eva', 'Ruben', 'Lotte', 'Lars', 'Fleur', 'Thomas', 'Iris', 'Jayden', 'Lisa', 'Mohamed', 'Yara', 'Noah', 'Fatima', 'Sven', 'Femke',
  'Luuk', 'Sanne', 'Max', 'Maud', 'Stijn', 'Roos', 'Niels', 'Amira', 'Tim', 'Hanna', 'Joost', 'Esmée', 'Kevin', 'Lieke', 'Ahmed', 'Vera', 'Koen',
];
export const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden',
  'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten',
  'van Beek', 'Willems', 'van Vliet', 'El Amrani', 'Yilmaz', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'Prins', 'Blom', 'Huisman',
];

export function makeCustomers(random: Random, count: number): Array<{ email: string; name: string }> {
  const customers: Array<{ email: string; name: string }> = [];
  const taken = new Set<string>();
  while (customers.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = `${first}.${last}`.normalize('NFKD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    let email = `${local}@example.com`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@example.com`;
    taken.add(email);
    customers.push({ email, name: `${first} ${last}` });
  }
  return customers;
}
