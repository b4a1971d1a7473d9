package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides how the strings admitted by two sets of {@code pattern}s relate, by turning each pattern
 * into a finite automaton and exploring the product of the automata. JSON Schema patterns are
 * ECMA-262 regular expressions that match anywhere in the string unless anchored; charter reads
 * the regular subset: literals and escapes, classes ({@code [a-z]}, {@code \d}, {@code \w},
 * {@code \s}, {@code .}), groups, alternation, quantifiers and anchors at either end. Lookaround,
 * back-references, word boundaries, Unicode property escapes and anchors anywhere else are not
 * regular or not worth the risk: the answer is then "undecided", never a guess.
 */
final class PatternInclusion {
  private static final int MAX_NFA_STATES = 4000;
  private static final int MAX_DFA_STATES = 4000;
  private static final int MAX_PRODUCT_STATES = 200_000;
  /** States times atoms, of one automaton or of the product: the work, which many distinct characters multiply. */
  private static final long MAX_CELLS = 2_000_000;
  private static final int MAX_CHAR = 0x10FFFF;

  private PatternInclusion() {}

  /** How the strings admitted by all of {@code newPatterns} relate to those of {@code oldPatterns}; empty when undecided. */
  static Optional<Effect> compare(List<String> oldPatterns, List<String> newPatterns) {
    if (new HashSet<>(oldPatterns).equals(new HashSet<>(newPatterns))) {
      return Optional.of(Effect.NEUTRAL);
    }
    try {
      List<Node> oldTrees = new ArrayList<>();
      List<Node> newTrees = new ArrayList<>();
      for (String p : oldPatterns) {
        oldTrees.add(new Parser(p).parsePattern());
      }
      for (String p : newPatterns) {
        newTrees.add(new Parser(p).parsePattern());
      }
      Alphabet alphabet = Alphabet.of(oldTrees, newTrees);
      List<Dfa> o = new ArrayList<>();
      List<Dfa> n = new ArrayList<>();
      for (Node t : oldTrees) {
        o.add(Dfa.of(Nfa.of(t, alphabet), alphabet));
      }
      for (Node t : newTrees) {
        n.add(Dfa.of(Nfa.of(t, alphabet), alphabet));
      }
      Optional<boolean[]> inclusion = Dfa.inclusion(o, n, alphabet.size());
      if (inclusion.isEmpty()) {
        return Optional.empty();
      }
      boolean oldInNew = inclusion.get()[0];
      boolean newInOld = inclusion.get()[1];
      return Optional.of(oldInNew && newInOld ? Effect.NEUTRAL : oldInNew ? Effect.WIDENED
          : newInOld ? Effect.NARROWED : Effect.CHANGED);
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** A pattern, or a size, outside what charter decides. */
  private static final class Unsupported extends Exception {
    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  // ---- syntax ----

  private sealed interface Node permits Chars, Seq, Alt, Repeat {}

  /** One character out of a set, as sorted disjoint inclusive ranges [from, to, from, to, …]. */
  private record Chars(int[] ranges) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> options) implements Node {}

  /** {@code max} is -1 for no limit. */
  private record Repeat(Node item, int min, int max) implements Node {}

  private static final Node EMPTY = new Seq(List.of());
  private static final Chars ANY = new Chars(new int[] {0, MAX_CHAR});

  private static final class Parser {
    /** Groups nested deeper are not read: the parser, and the automaton built from its tree, recurse per level. */
    private static final int MAX_NESTING = 100;
    private final String p;
    private int i;
    private int nesting;

    Parser(String pattern) {
      this.p = pattern;
    }

    /** The whole pattern: each top-level alternative with its anchors, unanchored ends matching anything. */
    Node parsePattern() throws Unsupported {
      List<Node> options = new ArrayList<>();
      do {
        boolean start = i < p.length() && p.charAt(i) == '^';
        if (start) {
          i++;
        }
        Node body = sequence(true);
        boolean end = false;
        if (i < p.length() && p.charAt(i) == '$') {
          end = true;
          i++;
        }
        if (i < p.length() && p.charAt(i) != '|') {
          throw new Unsupported("anchor inside the pattern");
        }
        List<Node> parts = new ArrayList<>();
        if (!start) {
          parts.add(new Repeat(ANY, 0, -1));
        }
        parts.add(body);
        if (!end) {
          parts.add(new Repeat(ANY, 0, -1));
        }
        options.add(new Seq(parts));
      } while (i < p.length() && p.charAt(i++) == '|');
      return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node alternation() throws Unsupported {
      List<Node> options = new ArrayList<>();
      options.add(sequence(false));
      while (i < p.length() && p.charAt(i) == '|') {
        i++;
        options.add(sequence(false));
      }
      return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    /** Items up to '|', ')' or the end (or, at the top, a final '$'). */
    private Node sequence(boolean top) throws Unsupported {
      List<Node> items = new ArrayList<>();
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '|' || c == ')') {
          break;
        }
        if (c == '$') {
          if (top && i == p.length() - 1 || top && p.charAt(i + 1) == '|') {
            break;
          }
          throw new Unsupported("anchor inside the pattern");
        }
        if (c == '^') {
          throw new Unsupported("anchor inside the pattern");
        }
        Node atom = atom();
        items.add(quantified(atom));
      }
      return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node quantified(Node atom) throws Unsupported {
      if (i >= p.length()) {
        return atom;
      }
      char c = p.charAt(i);
      int min;
      int max;
      if (c == '*') {
        min = 0;
        max = -1;
        i++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        i++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else if (c == '{' && braces()) {
        int close = p.indexOf('}', i);
        String body = p.substring(i + 1, close);
        i = close + 1;
        int comma = body.indexOf(',');
        min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
        if (min > 512 || max > 512 || (max >= 0 && max < min)) {
          throw new Unsupported("repetition count too large");
        }
      } else {
        return atom;
      }
      if (i < p.length() && p.charAt(i) == '?') {
        i++; // lazy: the same language
      }
      if (i < p.length() && (p.charAt(i) == '*' || p.charAt(i) == '+' || p.charAt(i) == '?' || (p.charAt(i) == '{' && braces()))) {
        throw new Unsupported("nothing to repeat");
      }
      return new Repeat(atom, min, max);
    }

    /** Whether the '{' at i starts a quantifier ({n}, {n,}, {n,m}); otherwise it is a literal brace. */
    private boolean braces() {
      int close = p.indexOf('}', i);
      return close > i && p.substring(i + 1, close).matches("\\d+(,\\d*)?");
    }

    private Node atom() throws Unsupported {
      char c = p.charAt(i);
      switch (c) {
        case '(' -> {
          i++;
          if (p.startsWith("?:", i)) {
            i += 2;
          } else if (p.startsWith("?<", i) && i + 2 < p.length() && p.charAt(i + 2) != '=' && p.charAt(i + 2) != '!') {
            int close = p.indexOf('>', i);
            if (close < 0) {
              throw new Unsupported("bad group name");
            }
            i = close + 1;
          } else if (i < p.length() && p.charAt(i) == '?') {
            throw new Unsupported("lookaround");
          }
          if (++nesting > MAX_NESTING) {
            throw new Unsupported("groups nested too deep");
          }
          Node inner = alternation();
          nesting--;
          if (i >= p.length() || p.charAt(i) != ')') {
            throw new Unsupported("unbalanced parenthesis");
          }
          i++;
          return inner;
        }
        case '[' -> {
          return charClass();
        }
        case '.' -> {
          i++;
          return new Chars(complement(new int[] {'\n', '\n', '\r', '\r', 0x2028, 0x2029}));
        }
        case '\\' -> {
          i++;
          return escape(false);
        }
        case '*', '+', '?' -> throw new Unsupported("nothing to repeat");
        default -> {
          int cp = p.codePointAt(i);
          i += Character.charCount(cp);
          return new Chars(new int[] {cp, cp});
        }
      }
    }

    private Chars escape(boolean inClass) throws Unsupported {
      if (i >= p.length()) {
        throw new Unsupported("trailing backslash");
      }
      char c = p.charAt(i++);
      return switch (c) {
        case 'd' -> new Chars(DIGIT);
        case 'D' -> new Chars(complement(DIGIT));
        case 'w' -> new Chars(WORD);
        case 'W' -> new Chars(complement(WORD));
        case 's' -> new Chars(SPACE);
        case 'S' -> new Chars(complement(SPACE));
        case 't' -> single('\t');
        case 'n' -> single('\n');
        case 'r' -> single('\r');
        case 'f' -> single('\f');
        case 'v' -> single(0x0B);
        case '0' -> single(0);
        case 'b' -> {
          if (inClass) {
            yield single('\b');
          }
          throw new Unsupported("word boundary");
        }
        case 'x' -> single(hex(2));
        case 'u' -> {
          if (i < p.length() && p.charAt(i) == '{') {
            throw new Unsupported("code point escape");
          }
          yield single(hex(4));
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            // \1 back-references, \p{…} properties, \B, \c…: not regular or not read.
            throw new Unsupported("escape \\" + c);
          }
          yield single(c);
        }
      };
    }

    private int hex(int digits) throws Unsupported {
      if (i + digits > p.length()) {
        throw new Unsupported("bad hex escape");
      }
      try {
        int v = Integer.parseInt(p.substring(i, i + digits), 16);
        i += digits;
        return v;
      } catch (NumberFormatException e) {
        throw new Unsupported("bad hex escape");
      }
    }

    private Chars charClass() throws Unsupported {
      i++;
      boolean negate = i < p.length() && p.charAt(i) == '^';
      if (negate) {
        i++;
      }
      List<int[]> parts = new ArrayList<>();
      while (i < p.length() && p.charAt(i) != ']') {
        int[] lo = classAtom();
        if (lo.length == 2 && lo[0] == lo[1] && i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
          i++;
          int[] hi = classAtom();
          if (hi.length != 2 || hi[0] != hi[1] || hi[0] < lo[0]) {
            throw new Unsupported("bad class range");
          }
          parts.add(new int[] {lo[0], hi[0]});
        } else {
          parts.add(lo);
        }
      }
      if (i >= p.length()) {
        throw new Unsupported("unterminated class");
      }
      i++;
      int[] set = union(parts);
      return new Chars(negate ? complement(set) : set);
    }

    private int[] classAtom() throws Unsupported {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
        return escape(true).ranges();
      }
      if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
        throw new Unsupported("POSIX class");
      }
      int cp = p.codePointAt(i);
      i += Character.charCount(cp);
      return new int[] {cp, cp};
    }

    private static Chars single(int c) {
      return new Chars(new int[] {c, c});
    }
  }

  private static final int[] DIGIT = {'0', '9'};
  private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
  private static final int[] SPACE = union(List.of(new int[] {'\t', '\r'}, new int[] {' ', ' '}, new int[] {0xA0, 0xA0},
      new int[] {0x1680, 0x1680}, new int[] {0x2000, 0x200A}, new int[] {0x2028, 0x2029}, new int[] {0x202F, 0x202F},
      new int[] {0x205F, 0x205F}, new int[] {0x3000, 0x3000}, new int[] {0xFEFF, 0xFEFF}));

  /** The union of range lists, sorted and merged. */
  private static int[] union(List<int[]> parts) {
    List<int[]> ranges = new ArrayList<>();
    for (int[] part : parts) {
      for (int k = 0; k < part.length; k += 2) {
        ranges.add(new int[] {part[k], part[k + 1]});
      }
    }
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
        merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    int[] out = new int[merged.size() * 2];
    for (int k = 0; k < merged.size(); k++) {
      out[2 * k] = merged.get(k)[0];
      out[2 * k + 1] = merged.get(k)[1];
    }
    return out;
  }

  private static int[] complement(int[] set) {
    List<int[]> out = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < set.length; k += 2) {
      if (set[k] > next) {
        out.add(new int[] {next, set[k] - 1});
      }
      next = set[k + 1] + 1;
    }
    if (next <= MAX_CHAR) {
      out.add(new int[] {next, MAX_CHAR});
    }
    return union(out);
  }

  // ---- automata ----

  /** The characters split into atoms: intervals no character set of either side cuts. */
  private record Alphabet(int[] starts) {
    static Alphabet of(List<Node> a, List<Node> b) {
      TreeSet<Integer> cuts = new TreeSet<>();
      cuts.add(0);
      List<Node> all = new ArrayList<>(a);
      all.addAll(b);
      for (Node n : all) {
        collect(n, cuts);
      }
      return new Alphabet(cuts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void collect(Node n, TreeSet<Integer> cuts) {
      if (n instanceof Chars c) {
        for (int k = 0; k < c.ranges().length; k += 2) {
          cuts.add(c.ranges()[k]);
          if (c.ranges()[k + 1] < MAX_CHAR) {
            cuts.add(c.ranges()[k + 1] + 1);
          }
        }
      } else if (n instanceof Seq s) {
        s.items().forEach(x -> collect(x, cuts));
      } else if (n instanceof Alt alt) {
        alt.options().forEach(x -> collect(x, cuts));
      } else if (n instanceof Repeat r) {
        collect(r.item(), cuts);
      }
    }

    int size() {
      return starts.length;
    }

    /**
     * The atoms inside a character set: every range starts an atom and ends before one, so its
     * atoms are those from its start up to its end (found by search, not by testing every atom
     * against every range, which took seconds for a class of a few thousand characters).
     */
    BitSet atoms(int[] ranges) {
      BitSet out = new BitSet();
      for (int k = 0; k < ranges.length; k += 2) {
        int from = Arrays.binarySearch(starts, ranges[k]);
        int to = ranges[k + 1] == MAX_CHAR ? starts.length : Arrays.binarySearch(starts, ranges[k + 1] + 1);
        out.set(from, to);
      }
      return out;
    }
  }

  /** A Thompson automaton: per state, epsilon moves and (atom set → state) moves. */
  private static final class Nfa {
    final List<List<Integer>> epsilon = new ArrayList<>();
    final List<List<Object[]>> moves = new ArrayList<>();
    int start;
    int accept;
    private final Alphabet alphabet;

    private Nfa(Alphabet alphabet) {
      this.alphabet = alphabet;
    }

    static Nfa of(Node tree, Alphabet alphabet) throws Unsupported {
      Nfa nfa = new Nfa(alphabet);
      int[] ends = nfa.build(tree);
      nfa.start = ends[0];
      nfa.accept = ends[1];
      return nfa;
    }

    private int state() throws Unsupported {
      if (epsilon.size() >= MAX_NFA_STATES) {
        throw new Unsupported("pattern too large");
      }
      epsilon.add(new ArrayList<>());
      moves.add(new ArrayList<>());
      return epsilon.size() - 1;
    }

    /** A fragment for the node: its entry and exit states. */
    private int[] build(Node n) throws Unsupported {
      if (n instanceof Chars c) {
        int s = state();
        int e = state();
        moves.get(s).add(new Object[] {alphabet.atoms(c.ranges()), e});
        return new int[] {s, e};
      }
      if (n instanceof Seq seq) {
        int s = state();
        int cur = s;
        for (Node item : seq.items()) {
          int[] f = build(item);
          epsilon.get(cur).add(f[0]);
          cur = f[1];
        }
        return new int[] {s, cur};
      }
      if (n instanceof Alt alt) {
        int s = state();
        int e = state();
        for (Node o : alt.options()) {
          int[] f = build(o);
          epsilon.get(s).add(f[0]);
          epsilon.get(f[1]).add(e);
        }
        return new int[] {s, e};
      }
      Repeat r = (Repeat) n;
      int s = state();
      int cur = s;
      for (int k = 0; k < r.min(); k++) {
        int[] f = build(r.item());
        epsilon.get(cur).add(f[0]);
        cur = f[1];
      }
      int e = state();
      if (r.max() < 0) {
        int[] f = build(r.item());
        epsilon.get(cur).add(f[0]);
        epsilon.get(f[1]).add(f[0]);
        epsilon.get(f[1]).add(e);
        epsilon.get(cur).add(e);
      } else {
        for (int k = r.min(); k < r.max(); k++) {
          int[] f = build(r.item());
          epsilon.get(cur).add(f[0]);
          epsilon.get(cur).add(e);
          cur = f[1];
        }
        epsilon.get(cur).add(e);
      }
      return new int[] {s, e};
    }

    BitSet closure(BitSet states) {
      BitSet out = (BitSet) states.clone();
      ArrayDeque<Integer> todo = new ArrayDeque<>();
      states.stream().forEach(todo::add);
      while (!todo.isEmpty()) {
        for (int t : epsilon.get(todo.poll())) {
          if (!out.get(t)) {
            out.set(t);
            todo.add(t);
          }
        }
      }
      return out;
    }
  }

  /** A complete deterministic automaton over the atoms; state 0 is the start, -1 never happens (a dead state is a state). */
  private record Dfa(int[][] next, boolean[] accepting) {
    static Dfa of(Nfa nfa, Alphabet alphabet) throws Unsupported {
      int atoms = alphabet.size();
      Map<BitSet, Integer> index = new HashMap<>();
      List<BitSet> states = new ArrayList<>();
      List<int[]> next = new ArrayList<>();
      BitSet start = new BitSet();
      start.set(nfa.start);
      start = nfa.closure(start);
      index.put(start, 0);
      states.add(start);
      for (int s = 0; s < states.size(); s++) {
        BitSet cur = states.get(s);
        int[] row = new int[atoms];
        for (int a = 0; a < atoms; a++) {
          BitSet to = new BitSet();
          for (int q = cur.nextSetBit(0); q >= 0; q = cur.nextSetBit(q + 1)) {
            for (Object[] m : nfa.moves.get(q)) {
              if (((BitSet) m[0]).get(a)) {
                to.set((Integer) m[1]);
              }
            }
          }
          to = nfa.closure(to);
          Integer id = index.get(to);
          if (id == null) {
            if (states.size() >= MAX_DFA_STATES || (long) states.size() * atoms >= MAX_CELLS) {
              throw new Unsupported("automaton too large");
            }
            id = states.size();
            index.put(to, id);
            states.add(to);
          }
          row[a] = id;
        }
        next.add(row);
      }
      boolean[] accepting = new boolean[states.size()];
      for (int s = 0; s < states.size(); s++) {
        accepting[s] = states.get(s).get(nfa.accept);
      }
      return new Dfa(next.toArray(new int[0][]), accepting);
    }

    /**
     * Explores every reachable combination of states of all automata: {old ⊆ new, new ⊆ old}, where
     * each side is the intersection of its automata. Empty when the product is too large.
     */
    static Optional<boolean[]> inclusion(List<Dfa> old, List<Dfa> neu, int atoms) {
      List<Dfa> all = new ArrayList<>(old);
      all.addAll(neu);
      int k = old.size();
      Map<List<Integer>, Boolean> seen = new HashMap<>();
      ArrayDeque<int[]> todo = new ArrayDeque<>();
      int[] start = new int[all.size()];
      todo.add(start);
      seen.put(key(start), true);
      boolean oldInNew = true;
      boolean newInOld = true;
      while (!todo.isEmpty()) {
        int[] s = todo.poll();
        boolean o = true;
        boolean n = true;
        for (int d = 0; d < all.size(); d++) {
          boolean acc = all.get(d).accepting()[s[d]];
          if (d < k) {
            o &= acc;
          } else {
            n &= acc;
          }
        }
        if (o && !n) {
          oldInNew = false;
        }
        if (n && !o) {
          newInOld = false;
        }
        if (!oldInNew && !newInOld) {
          break;
        }
        for (int a = 0; a < atoms; a++) {
          int[] t = new int[all.size()];
          for (int d = 0; d < all.size(); d++) {
            t[d] = all.get(d).next()[s[d]][a];
          }
          if (seen.putIfAbsent(key(t), true) == null) {
            if (seen.size() > MAX_PRODUCT_STATES || (long) seen.size() * atoms > MAX_CELLS) {
              return Optional.empty();
            }
            todo.add(t);
          }
        }
      }
      return Optional.of(new boolean[] {oldInNew, newInOld});
    }

    private static List<Integer> key(int[] s) {
      return Arrays.stream(s).boxed().toList();
    }
  }
}
