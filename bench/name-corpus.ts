import type { NameRecord } from '../src/core/name-index';
import { nameShape, nameTokens } from '../src/core/names';
import { editDistance, foldText } from '../src/core/text';
import { seededRandom } from './measure';

/**
 * Synthetic people for the name benchmark, generated deterministically: first names × surnames from
 * built-in lists (accents, particles, O'…, Mc…, hyphenated double-barrelled surnames, some middle
 * names), drawn with a skewed (Zipf-like) frequency so that large corpora hold many people sharing a
 * first name or a surname, as real lists do.
 */

const list = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const FIRST_NAMES = list(`
James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel, Matthew, Anthony,
Mark, Donald, Steven, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George, Timothy, Ronald, Edward, Jason, Jeffrey,
Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Stephen, Larry, Justin, Scott, Brandon, Benjamin, Samuel, Gregory,
Alexander, Frank, Patrick, Raymond, Jack, Dennis, Jerry, Tyler, Aaron, Adam, Nathan, Henry, Douglas, Zachary, Peter,
Kyle, Ethan, Walter, Noah, Jeremy, Christian, Keith, Roger, Terry, Gerald, Harold, Sean, Austin, Carl, Arthur,
Lawrence, Dylan, Jesse, Jordan, Bryan, Billy, Joe, Bruce, Gabriel, Logan, Albert, Willie, Alan, Juan, Wayne, Elijah,
Randy, Roy, Vincent, Ralph, Eugene, Russell, Bobby, Mason, Philip, Louis, Ben, Sam, Chris, Ron, Phil, Tom, Nick, Matt,
Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, Nancy, Betty, Margaret,
Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Dorothy, Melissa, Deborah, Stephanie, Rebecca,
Sharon, Laura, Cynthia, Kathleen, Amy, Angela, Shirley, Anna, Brenda, Pamela, Emma, Nicole, Helen, Samantha,
Katherine, Christine, Debra, Rachel, Carolyn, Janet, Catherine, Maria, Heather, Diane, Ruth, Julie, Olivia, Joyce,
Virginia, Victoria, Kelly, Lauren, Christina, Joan, Evelyn, Judith, Megan, Andrea, Cheryl, Hannah, Jacqueline,
Martha, Gloria, Teresa, Ann, Sara, Madison, Frances, Kathryn, Janice, Jean, Abigail, Alice, Julia, Judy, Sophia,
Grace, Denise, Amber, Doris, Marilyn, Danielle, Beverly, Isabella, Theresa, Diana, Natalie, Brittany, Charlotte,
Marie, Kayla, Alexis, Lori, Cate, Kate, Maggie, Lily, Ava, Natasha, Michaela, Janelle, Aubrey, Bette, Phoebe,
Pierre, Michel, André, Philippe, René, Alain, Jacques, Bernard, Marcel, Claude, Henri, François, Christophe,
Stéphane, Frédéric, Sébastien, Jérôme, Thierry, Éric, Nathalie, Isabelle, Sylvie, Françoise, Valérie, Monique,
Sandrine, Hélène, Céline, Chloé, Léa, Manon, Inès, Camille, Zoé, Clémence, Agnès, Aurélie, Émilie, Mathilde, Élodie,
Gaëlle, Noémie, Loïc, Gaël, Joël, Benoît, Cédric, Jérémie, Théo, Léo, Hugo, Raphaël, Anaïs, Maëlle, Océane,
Jean-Pierre, Jean-Luc, Marie-Claire, Anne-Sophie, Jean-Baptiste, Marie-Hélène,
José, Luis, Carlos, Javier, Jesús, Miguel, Alejandro, Rafael, Fernando, Pablo, Sergio, Jorge, Alberto, Álvaro,
Andrés, Ramón, Joaquín, Iñaki, Nuria, Lucía, Sofía, Martina, Carmen, Pilar, Dolores, Inés, Begoña, Ángela, Mónica,
Verónica, João, Gonçalo, Sebastião, María José, Juan Carlos,
Jürgen, Günter, Klaus, Uwe, Björn, Søren, Åsa, Jörg, Dieter, Lars, Sven, Ingrid, Birgit, Ulrike, Käthe, Mattias,
Niklas, Anja, Katrin, Sigrid, Øyvind, Märta, Anna-Lena,
Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Alessandro, Lorenzo, Matteo, Giulia, Chiara, Francesca,
Alessia, Elena, Federica, Niccolò,
Ivan, Dmitri, Sergei, Olga, Tatiana, Katarzyna, Małgorzata, Paweł, Łukasz, Wojciech, Zofia, Jiří, Tomáš, Petra,
Dušan, Miloš, Ana, Marija, Nikola,
Mohammed, Ahmed, Fatima, Aisha, Omar, Yusuf, Leila, Hiroshi, Yuki, Haruto, Sakura, Wei, Mei, Jun, Min-jun, Ji-woo,
Priya, Arjun, Ananya, Rohan, Kwame, Amara, Chidi, Ngozi, Oluwaseun, Sipho, Thandiwe, Kofi, Zanele, Tariq, Noor,
Şebnem, Emre, Çağla, Anh, Linh, Thảo
`);

const LISTED_SURNAMES = list(`
Smith, Johnson, Williams, Brown, Jones, Garcia, Davis, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Wilson,
Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez,
Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson,
Baker, Hall, Rivera, Campbell, Mitchell, Carter, Roberts, Phillips, Evans, Turner, Parker, Edwards, Collins,
Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Ward, Richardson, Watson,
Brooks, Chavez, Wood, James, Bennett, Gray, Hughes, Price, Sanders, Myers, Long, Ross, Foster, Jenkins, Perry,
Powell, Sullivan, Russell, Fisher, Butler, Barnes, Henderson, Coleman, Simmons, Patterson, Jordan, Reynolds,
Hamilton, Graham, Wallace, Cole, West, Stone, Hayes, Gibson, Ellis, Fox, Marshall, Owens, Harrison, Kennedy,
Dubois, Durand, Lefèvre, Moreau, Laurent, Leroy, Roux, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine,
Rousseau, Vincent, Lefebvre, Faure, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, Legrand, Gauthier, Perrin,
Robin, Clément, Morin, Roussel, Mathieu, Masson, Marchand, Duval, Dumont, Lemaire, Meunier, Brun, Giraud, Joly,
Rivière, Brunet, Gaillard, Barbier, Arnaud, Gérard, Roche, Renard, Schmitt, Leroux, Colin, Vidal, Caron, Picard,
Fabre, Aubert, Lemoine, Renaud, Dumas, Lacroix, Bourgeois, Leclerc, Payet, Rolland, Leclercq, Guillaume, Lecomte,
Dupuy, Guillot, Hubert, Carpentier, Dupuis, Moulin, Deschamps, Huet, Vasseur, Boucher, Fleury, Royer, Jacquet,
Poirier, Marty, Aubry, Guyot, Carré, Renault, Charpentier, Ménard, Maillard, Baron, Bertin, Bailly, Hervé,
Le Gall, Collet, Léger, Bouvier, Prévost, Perrot, Le Roux, Cousin, Germain, Breton, Besson, Langlois, Rémy,
Le Goff, Pelletier, Lévêque, Perrier, Leblanc, Barré, Lebrun, Marchal, Mallet, Hamon, Boulanger, Monnier,
Michaud, Guichard, Gillet, Étienne, Grondin, Poulain, Tessier, Chauvin, Bouchet, Lemaître, Bénard, Maréchal,
Humbert, Reynaud, Hoarau, Perret, Barthélemy, Cordier, Pichon, Lejeune, Lamy, Delaunay, Pasquier, Laporte,
Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer,
Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann, Lange, Werner, Schmitz,
Krause, Meier, Lehmann, Schulze, Köhler, Herrmann, König, Mayer, Huber, Kaiser, Fuchs, Peters, Scholz, Möller,
Weiß, Jung, Hahn, Schubert, Vogel, Friedrich, Keller, Günther, Winkler, Roth, Beck, Lorenz, Baumann, Franke,
Albrecht, Schuster, Ludwig, Böhm, Winter, Kraus, Schumacher, Krämer, Vogt, Jäger, Otto, Sommer, Groß, Seidel,
Heinrich, Brandt, Haas, Schreiber, Graf, Schulte, Dietrich, Ziegler, Kühn, Pohl, Engel, Horn, Busch, Bergmann,
Voigt, Sauer, Arnold, Wolff, Pfeiffer,
de la Cruz, de la Fuente, de la Torre, de la Rosa, de la Vega, van der Berg, van Dijk, van der Meer, van den Bosch,
van Houten, van Beek, van Leeuwen, von Arnim, von Bülow, von Weizsäcker, O'Brien, O'Connor, O'Neill, O'Sullivan,
O'Hara, O'Malley, O'Donnell, O'Reilly, O'Shea, McDonald, MacLeod, McKenzie, McGregor, McLaughlin, McNamara, MacKay,
Di Maria, Di Stefano, D'Amico, D'Angelo, Dell'Acqua, Le Blanc, La Rue, Del Rio, Da Costa, Dos Santos, Al-Rashid,
Ben-David, St. John, De Luca, De Santis, De Angelis, De Rosa, de Jong, de Vries, de Boer, de Groot, Le Guen,
Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, Mancini,
Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli,
Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, Marchetti, Parisi, Villa, Conte,
Ferraro, Ferri, Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, Gatti, Pellegrini, Palumbo, Sanna,
Farina, Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone, Giuliani,
Benedetti, Barone, Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi, Martino, Fiore, Ferretti, Bellini,
Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Neri, Costantini, Milani, Pagano, Ruggiero, Sorrentino,
Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, Hernández, Díaz, Moreno,
Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco,
Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido,
Cortés, Castillo, Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, Calvo, Gallego, León, Márquez, Herrera,
Peña, Cabrera, Campos, Vega, Fuentes, Carrasco, Caballero, Reyes, Nieto, Aguilar, Pascual, Santana, Herrero,
Montero, Hidalgo, Giménez, Ibáñez, Ferrer, Durán, Santiago, Benítez, Mora, Vargas, Arias, Carmona, Crespo, Román,
Pastor, Soto, Sáez, Velasco, Moya, Soler, Parra, Esteban, Bravo, Gallardo, Rojas, Silva, Ferreira, Oliveira,
Pereira, Carvalho, Gonçalves, Sousa, Ribeiro, Almeida, Araújo, Magalhães,
Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Johansson,
Andersson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Lindqvist, Åberg, Öberg,
Ström, Björk, Jansen, Bakker, Visser, Smit, Meijer, Mulder, Bos, Vos, Hendriks, Dekker, Nowak, Kowalski,
Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski,
Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Novák, Svoboda, Novotný, Dvořák, Černý,
Procházka, Kučera, Veselý, Horák, Němec, Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov,
Novikov, Fedorov, Morozov, Volkov, Alekseev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov, Nikolaev, Orlov,
Andreev, Makarov, Zakharov, Horváth, Kovács, Tóth, Szabó, Nagy, Varga, Kiss, Molnár, Németh, Farkas, Balogh,
Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Rácz, Fekete, Popescu, Ionescu, Popa, Stan, Dumitru, Stoica,
Gheorghe, Matei, Ciobanu, Constantin, Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın,
Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek,
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Tanaka,
Suzuki, Takahashi, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Katō, Yoshida, Yamada, Sasaki, Yamaguchi,
Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Park, Choi, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon,
Hwang, Ahn, Song, Yoo, Hong, Jeon, Trần, Lê, Phạm, Huỳnh, Hoàng, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương,
Sharma, Singh, Kumar, Gupta, Patel, Mehta, Iyer, Reddy, Nair, Rao, Chopra, Kapoor, Malhotra, Bhatt, Joshi, Desai,
Banerjee, Chatterjee, Mukherjee, Das, Okafor, Okonkwo, Adeyemi, Mensah, Owusu, Boateng, Nkosi, Dlamini, Ndlovu,
Mahlangu, Kamau, Otieno, Mwangi, Haddad, Khalil, Nasser, Hamdan, Mansour, Saleh, Farouk, Aziz, Rahman, Hussain,
Khan, Ali, Ahmed, Hassan, Ibrahim, Abdullah, Mahmoud, Mustafa
`);

const ONSETS = list('B, Br, C, Ch, D, Dr, F, Fr, G, Gr, H, J, K, Kr, L, M, N, P, Pr, R, S, Sch, St, T, Tr, V, W, Z, Bl, Gl, Sl');
const VOWELS = list('a, e, i, o, u, a, e, o, ai, ei, ou, au, é, è, ö, ü, á, í, ó, ø');
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'rt', 'nd', 'st', 'ck', 'll', 'nn'];
const MIDDLES = list('ba, de, di, ga, ka, la, le, li, lo, ma, me, na, ne, ni, no, ra, re, ri, ro, sa, ta, te, to, va, vi, za');
const ENDINGS = list(
  'son, sen, sson, ez, es, ski, ska, ova, ov, ev, ini, elli, etti, ano, mann, berg, stein, feld, ford, ton, ley, wood, ier, ard, eau, escu, ić, oglu, ak, ey, ou, ault, ette, ing, ham, worth, by, dóttir, ssen, nen, inen',
);

const SYNTHETIC_SURNAME_COUNT = 2000;

export interface Corpus {
  /** Real signatories and synthetic people, shuffled; real ones keep their ids. */
  records: NameRecord[];
  /** Synthetic records only, in generation order. */
  synthetic: NameRecord[];
}

export interface CorpusStats {
  distinctFirstNames: number;
  distinctSurnames: number;
  /** How many people carry the most common surname. */
  largestSurnameGroup: number;
  largestSurname: string;
}

/**
 * Names the synthetic corpus must stay away from: the real signatories (full names and aliases, never
 * within 2 edits) and their surnames (no synthetic first name or surname within the typo budget), so a
 * surname-only query about a signatory keeps one right answer; and the benchmark's negative queries
 * (never within 2 edits), so "not listed" stays the right answer for them.
 */
export class NameExclusions {
  private readonly fullNames: { name: string; letters: Int16Array }[] = [];
  private readonly surnames: string[] = [];
  private readonly wordVerdicts = new Map<string, boolean>();

  constructor(signatories: readonly NameRecord[], negatives: readonly string[]) {
    for (const record of signatories) {
      for (const form of [record.name, ...record.aliases]) {
        const shape = nameShape(nameTokens(form));
        this.addFullName(shape.tokens.join(' '));
        if (shape.tokens.length > 1) this.surnames.push(shape.rest, shape.last);
      }
    }
    for (const negative of negatives) this.addFullName(nameTokens(negative).join(' '));
  }

  allows(name: string): boolean {
    const shape = nameShape(nameTokens(name));
    for (const word of new Set([shape.first, shape.rest, shape.last])) if (!this.allowsWord(word)) return false;
    const full = shape.tokens.join(' ');
    const letters = letterCounts(full);
    // Two edits change the letter counts by at most 4 in all: a cheap test before the edit distance.
    return this.fullNames.every((f) => countDistance(letters, f.letters) > 4 || editDistance(full, f.name, 2) > 2);
  }

  private addFullName(name: string): void {
    this.fullNames.push({ name, letters: letterCounts(name) });
  }

  private allowsWord(word: string): boolean {
    let ok = this.wordVerdicts.get(word);
    if (ok === undefined) {
      ok = this.surnames.every((s) => editDistance(word, s, 2) > (s.length >= 6 ? 2 : 1));
      this.wordVerdicts.set(word, ok);
    }
    return ok;
  }
}

/** Occurrences of a–z, digits and space (index 36) in a folded name. */
function letterCounts(folded: string): Int16Array {
  const counts = new Int16Array(37);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 97 && c <= 122) counts[c - 97]!++;
    else if (c >= 48 && c <= 57) counts[c - 48 + 26]!++;
    else counts[36]!++;
  }
  return counts;
}

function countDistance(a: Int16Array, b: Int16Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i]! - b[i]!);
  return d;
}

/** Cumulative Zipf-like weights (rank r weighs 1 / (r + offset)^exponent) for skewed picks. */
function skewedPicker<T>(items: readonly T[], random: () => number, exponent: number, offset: number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, r) => {
    total += 1 / Math.pow(r + offset, exponent);
    cumulative.push(total);
  });
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function syllableSurnames(count: number, random: () => number, taken: Set<string>): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const out: string[] = [];
  while (out.length < count) {
    const middle = random() < 0.5 ? pick(MIDDLES) : '';
    const name = pick(ONSETS) + pick(VOWELS) + pick(CODAS) + middle + pick(ENDINGS);
    const key = foldText(name);
    if (key.length < 4 || taken.has(key)) continue;
    taken.add(key);
    out.push(name);
  }
  return out;
}

/**
 * An endless, deterministic stream of distinct synthetic names that pass the exclusions. The corpora
 * of every size take a prefix of the same stream, so a smaller corpus is part of every larger one.
 */
export function* syntheticNames(exclusions: NameExclusions, seed = 20250317): Generator<string> {
  const random = seededRandom(seed);
  const firstNames = shuffle(
    FIRST_NAMES.filter((n) => exclusions.allows(`${n} Zzyzx`)),
    random,
  );
  const taken = new Set(LISTED_SURNAMES.map((s) => foldText(s)));
  const surnames = shuffle([...LISTED_SURNAMES, ...syllableSurnames(SYNTHETIC_SURNAME_COUNT, random, taken)], random).filter((s) => exclusions.allows(`Zzyzx ${s}`));
  const pickFirst = skewedPicker(firstNames, random, 1, 8);
  const pickSurname = skewedPicker(surnames, random, 0.9, 20);
  const seen = new Set<string>();
  for (;;) {
    let first = pickFirst();
    if (random() < 0.05) first = `${first} ${pickFirst()}`;
    let surname = pickSurname();
    if (random() < 0.06) surname = `${surname}-${pickSurname()}`;
    const name = `${first} ${surname}`;
    const key = nameTokens(name).join(' ');
    if (seen.has(key) || !exclusions.allows(name)) continue;
    seen.add(key);
    yield name;
  }
}

/** Real signatories plus synthetic people up to `size` records, real ones at seeded random positions. */
export function buildCorpus(signatories: readonly NameRecord[], synthetic: readonly NameRecord[], size: number, seed = 7): Corpus {
  const own = synthetic.slice(0, Math.max(0, size - signatories.length));
  const records = [...own];
  const random = seededRandom(seed + size);
  for (const record of signatories) records.splice(Math.floor(random() * (records.length + 1)), 0, record);
  return { records, synthetic: own };
}

export function syntheticRecords(names: readonly string[]): NameRecord[] {
  return names.map((name, i) => ({ id: `synthetic-${i}`, name, aliases: [], confidence: 'major' }));
}

export function corpusStats(records: readonly NameRecord[]): CorpusStats {
  const firsts = new Map<string, number>();
  const surnames = new Map<string, number>();
  for (const r of records) {
    const shape = nameShape(nameTokens(r.name));
    firsts.set(shape.first, (firsts.get(shape.first) ?? 0) + 1);
    surnames.set(shape.rest, (surnames.get(shape.rest) ?? 0) + 1);
  }
  let largestSurname = '';
  let largestSurnameGroup = 0;
  for (const [s, n] of surnames) {
    if (n > largestSurnameGroup) [largestSurname, largestSurnameGroup] = [s, n];
  }
  return { distinctFirstNames: firsts.size, distinctSurnames: surnames.size, largestSurnameGroup, largestSurname };
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/**
 * A query someone might type for a name: zero to two typos (wrong key, dropped, doubled or swapped
 * letter), sometimes lower case, without accents, or "Last, First".
 */
export function typedVariant(name: string, random: () => number): string {
  let text = name;
  const form = random();
  if (form < 0.1) {
    const parts = text.split(' ');
    text = `${parts.slice(1).join(' ')}, ${parts[0]}`;
  } else if (form < 0.15) {
    const parts = text.split(' ');
    text = `${parts.slice(1).join(' ')} ${parts[0]}`;
  }
  if (random() < 0.3) text = text.toLowerCase();
  if (random() < 0.2) text = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  const r = random();
  const typos = r < 0.3 ? 0 : r < 0.75 ? 1 : 2;
  for (let t = 0; t < typos; t++) {
    const letters = [...text].map((ch, i) => (/\p{L}/u.test(ch) ? i : -1)).filter((i) => i >= 0);
    if (letters.length < 4) break;
    const chars = [...text];
    const i = letters[Math.floor(random() * letters.length)]!;
    const ch = chars[i]!;
    const op = random();
    if (op < 0.35) {
      const near = KEYBOARD_NEIGHBOURS[ch.toLowerCase()] ?? 'e';
      chars[i] = near[Math.floor(random() * near.length)]!;
    } else if (op < 0.6) chars.splice(i, 1);
    else if (op < 0.8) chars.splice(i, 0, ch);
    else if (i + 1 < chars.length && /\p{L}/u.test(chars[i + 1]!)) [chars[i], chars[i + 1]] = [chars[i + 1]!, ch];
    text = chars.join('');
  }
  return text;
}
