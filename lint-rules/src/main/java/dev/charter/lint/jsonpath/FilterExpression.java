package dev.charter.lint.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The JavaScript inside a JSONPath filter {@code [?(...)]}, as far as rulesets use it: {@code @} and
 * its members, {@code @property}, {@code @parentProperty}, {@code @parent}, {@code @path}, {@code
 * @root}; literals including regular expressions; {@code === !== == != < <= > >= && || ! typeof
 * void in}, ternaries and parentheses; and the methods rulesets call ({@code match}, {@code test},
 * {@code includes}, {@code startsWith}, {@code endsWith}, {@code indexOf}, {@code toLowerCase},
 * {@code Object.keys}, {@code Array.isArray}, {@code constructor.name}, {@code length}). Anything
 * else is a syntax error when the ruleset is read, not a surprise while linting.
 */
public final class FilterExpression {

  /** What {@code @…} names at the node being filtered. */
  public interface Scope {
    Object current();

    Object property();

    Object parentProperty();

    Object parent();

    Object path();

    Object root();
  }

  private final Expr expr;
  private final String source;

  private FilterExpression(Expr expr, String source) {
    this.expr = expr;
    this.source = source;
  }

  public static FilterExpression parse(String source) throws JsonPathException {
    Parser p = new Parser(source);
    Expr e = p.ternary();
    p.skipSpace();
    if (!p.atEnd()) {
      throw new JsonPathException("unexpected '" + p.rest() + "' in filter expression", p.pos);
    }
    return new FilterExpression(e, source);
  }

  public boolean test(Scope scope) {
    return Js.truthy(expr.eval(scope));
  }

  public Object evaluate(Scope scope) {
    return expr.eval(scope);
  }

  @Override
  public String toString() {
    return source;
  }

  // ---- AST ----

  private interface Expr {
    Object eval(Scope s);
  }

  private record Literal(Object value) implements Expr {
    @Override
    public Object eval(Scope s) {
      return value;
    }
  }

  private record ScopeRef(String name) implements Expr {
    @Override
    public Object eval(Scope s) {
      return switch (name) {
        case "@" -> s.current();
        case "@property" -> s.property();
        case "@parentProperty" -> s.parentProperty();
        case "@parent" -> s.parent();
        case "@path" -> s.path();
        case "@root", "$" -> s.root();
        default -> Js.UNDEFINED;
      };
    }
  }

  /** A global name: {@code Object}, {@code Array}, {@code Number}, {@code String}, {@code Boolean}. */
  private record Global(String name) implements Expr {
    @Override
    public Object eval(Scope s) {
      return this;
    }
  }

  private record Member(Expr target, Expr key, boolean computed) implements Expr {
    @Override
    public Object eval(Scope s) {
      Object t = target.eval(s);
      Object k = key.eval(s);
      String name = Js.toStringValue(k);
      if (name.equals("constructor") && !(t == Js.UNDEFINED || t == Js.NULL)) {
        return new Constructor(Js.constructorName(t));
      }
      if (t instanceof Constructor c && name.equals("name")) {
        return c.name;
      }
      if (t == Js.UNDEFINED || t == Js.NULL) {
        throw new EvaluationError("cannot read property '" + name + "' of " + t);
      }
      return Js.member(t, k);
    }
  }

  private record Constructor(String name) {}

  private record Call(Expr callee, List<Expr> args) implements Expr {
    @Override
    public Object eval(Scope s) {
      List<Object> values = new ArrayList<>(args.size());
      for (Expr a : args) {
        values.add(a.eval(s));
      }
      if (callee instanceof Member m && !m.computed) {
        Object target = m.target.eval(s);
        String method = Js.toStringValue(m.key.eval(s));
        return invoke(target, method, values);
      }
      throw new EvaluationError("only methods can be called");
    }
  }

  private record Unary(String op, Expr operand) implements Expr {
    @Override
    public Object eval(Scope s) {
      if (op.equals("typeof")) {
        Object v;
        try {
          v = operand.eval(s);
        } catch (EvaluationError e) {
          v = Js.UNDEFINED;
        }
        return Js.typeOf(v);
      }
      Object v = operand.eval(s);
      return switch (op) {
        case "!" -> !Js.truthy(v);
        case "-" -> -Js.toNumber(v);
        case "+" -> Js.toNumber(v);
        case "void" -> Js.UNDEFINED;
        default -> throw new EvaluationError("unknown operator " + op);
      };
    }
  }

  private record Binary(String op, Expr left, Expr right) implements Expr {
    @Override
    public Object eval(Scope s) {
      if (op.equals("&&")) {
        Object l = left.eval(s);
        return Js.truthy(l) ? right.eval(s) : l;
      }
      if (op.equals("||")) {
        Object l = left.eval(s);
        return Js.truthy(l) ? l : right.eval(s);
      }
      Object l = left.eval(s);
      Object r = right.eval(s);
      return switch (op) {
        case "===" -> Js.strictEquals(l, r);
        case "!==" -> !Js.strictEquals(l, r);
        case "==" -> Js.looseEquals(l, r);
        case "!=" -> !Js.looseEquals(l, r);
        case "<", "<=", ">", ">=" -> compare(op, l, r);
        case "+" -> (l instanceof String || r instanceof String) ? Js.toStringValue(l) + Js.toStringValue(r)
            : (Object) (Js.toNumber(l) + Js.toNumber(r));
        case "-" -> Js.toNumber(l) - Js.toNumber(r);
        case "*" -> Js.toNumber(l) * Js.toNumber(r);
        case "/" -> Js.toNumber(l) / Js.toNumber(r);
        case "%" -> Js.toNumber(l) % Js.toNumber(r);
        case "in" -> r instanceof JsonNode n && n.isObject() ? n.has(Js.toStringValue(l))
            : r instanceof JsonNode a && a.isArray() && Js.toNumber(l) >= 0 && Js.toNumber(l) < a.size();
        default -> throw new EvaluationError("unknown operator " + op);
      };
    }

    private static boolean compare(String op, Object l, Object r) {
      if (l instanceof String a && r instanceof String b) {
        int c = a.compareTo(b);
        return switch (op) {
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          default -> c >= 0;
        };
      }
      double a = Js.toNumber(l);
      double b = Js.toNumber(r);
      return switch (op) {
        case "<" -> a < b;
        case "<=" -> a <= b;
        case ">" -> a > b;
        default -> a >= b;
      };
    }
  }

  private record Conditional(Expr test, Expr then, Expr otherwise) implements Expr {
    @Override
    public Object eval(Scope s) {
      return Js.truthy(test.eval(s)) ? then.eval(s) : otherwise.eval(s);
    }
  }

  private record ArrayLiteral(List<Expr> items) implements Expr {
    @Override
    public Object eval(Scope s) {
      List<Object> out = new ArrayList<>();
      for (Expr e : items) {
        out.add(e.eval(s));
      }
      return out;
    }
  }

  /** Stops the evaluation of one filter; the node is then not selected, as jsonpath-plus does on an exception. */
  static final class EvaluationError extends RuntimeException {
    EvaluationError(String message) {
      super(message, null, false, false);
    }
  }

  private static Object invoke(Object target, String method, List<Object> args) {
    if (target instanceof Global g) {
      Object a0 = args.isEmpty() ? Js.UNDEFINED : args.get(0);
      return switch (g.name + "." + method) {
        case "Object.keys" -> keys(a0);
        case "Array.isArray" -> Js.isArray(a0);
        case "Number.isInteger" -> a0 instanceof Double d && d == Math.rint(d) && !d.isInfinite();
        case "Number.isNaN" -> a0 instanceof Double d && d.isNaN();
        default -> throw new EvaluationError(g.name + "." + method + " is not supported");
      };
    }
    if (target instanceof JsRegex re && method.equals("test")) {
      return re.test(Js.toStringValue(args.isEmpty() ? Js.UNDEFINED : args.get(0)));
    }
    if (target instanceof String s) {
      Object a0 = args.isEmpty() ? Js.UNDEFINED : args.get(0);
      return switch (method) {
        case "match" -> a0 instanceof JsRegex re ? (re.test(s) ? List.of(s) : Js.NULL)
            : (s.contains(Js.toStringValue(a0)) ? List.of(s) : Js.NULL);
        case "includes" -> s.contains(Js.toStringValue(a0));
        case "startsWith" -> s.startsWith(Js.toStringValue(a0));
        case "endsWith" -> s.endsWith(Js.toStringValue(a0));
        case "indexOf" -> (double) s.indexOf(Js.toStringValue(a0));
        case "toLowerCase" -> s.toLowerCase(Locale.ROOT);
        case "toUpperCase" -> s.toUpperCase(Locale.ROOT);
        case "trim" -> s.strip();
        case "toString" -> s;
        default -> throw new EvaluationError("String." + method + " is not supported");
      };
    }
    if (Js.isArray(target)) {
      List<Object> items = items(target);
      Object a0 = args.isEmpty() ? Js.UNDEFINED : args.get(0);
      return switch (method) {
        case "includes" -> items.stream().anyMatch(i -> Js.strictEquals(i, a0));
        case "indexOf" -> {
          for (int i = 0; i < items.size(); i++) {
            if (Js.strictEquals(items.get(i), a0)) {
              yield (double) i;
            }
          }
          yield -1.0;
        }
        case "join" -> {
          StringBuilder sb = new StringBuilder();
          String sep = a0 == Js.UNDEFINED ? "," : Js.toStringValue(a0);
          for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
              sb.append(sep);
            }
            sb.append(Js.toStringValue(items.get(i)));
          }
          yield sb.toString();
        }
        default -> throw new EvaluationError("Array." + method + " is not supported");
      };
    }
    if (target instanceof JsonNode n && n.isObject() && method.equals("hasOwnProperty")) {
      return n.has(Js.toStringValue(args.isEmpty() ? Js.UNDEFINED : args.get(0)));
    }
    throw new EvaluationError("cannot call " + method + " on " + Js.typeOf(target));
  }

  private static List<Object> items(Object array) {
    List<Object> out = new ArrayList<>();
    if (array instanceof JsonNode n) {
      n.forEach(e -> out.add(Js.of(e)));
    } else {
      out.addAll((List<?>) array);
    }
    return out;
  }

  private static Object keys(Object v) {
    List<Object> out = new ArrayList<>();
    if (v instanceof JsonNode n && n.isObject()) {
      Iterator<String> it = n.fieldNames();
      while (it.hasNext()) {
        out.add(it.next());
      }
    } else if (v instanceof JsonNode n && n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        out.add(Integer.toString(i));
      }
    }
    return out;
  }

  // ---- parser ----

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    String rest() {
      return s.substring(pos, Math.min(s.length(), pos + 20));
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    boolean eat(String token) {
      skipSpace();
      if (s.startsWith(token, pos)) {
        // A word operator must not run into an identifier (typeof x, not typeofx).
        if (Character.isLetter(token.charAt(0)) && pos + token.length() < s.length()
            && isIdentPart(s.charAt(pos + token.length()))) {
          return false;
        }
        pos += token.length();
        return true;
      }
      return false;
    }

    void expect(String token) throws JsonPathException {
      if (!eat(token)) {
        throw new JsonPathException("expected '" + token + "' in filter expression"
            + (atEnd() ? " at its end" : " before '" + rest() + "'"), pos);
      }
    }

    Expr ternary() throws JsonPathException {
      Expr test = or();
      if (eat("?")) {
        Expr then = ternary();
        expect(":");
        Expr otherwise = ternary();
        return new Conditional(test, then, otherwise);
      }
      return test;
    }

    Expr or() throws JsonPathException {
      Expr left = and();
      while (eat("||")) {
        left = new Binary("||", left, and());
      }
      return left;
    }

    Expr and() throws JsonPathException {
      Expr left = equality();
      while (eat("&&")) {
        left = new Binary("&&", left, equality());
      }
      return left;
    }

    Expr equality() throws JsonPathException {
      Expr left = relational();
      while (true) {
        String op = eat("===") ? "===" : eat("!==") ? "!==" : eat("==") ? "==" : eat("!=") ? "!=" : null;
        if (op == null) {
          return left;
        }
        left = new Binary(op, left, relational());
      }
    }

    Expr relational() throws JsonPathException {
      Expr left = additive();
      while (true) {
        String op = eat("<=") ? "<=" : eat(">=") ? ">=" : eat("<") ? "<" : eat(">") ? ">" : eat("in") ? "in" : null;
        if (op == null) {
          return left;
        }
        left = new Binary(op, left, additive());
      }
    }

    Expr additive() throws JsonPathException {
      Expr left = multiplicative();
      while (true) {
        skipSpace();
        String op = eat("+") ? "+" : (pos < s.length() && s.charAt(pos) == '-' && eat("-")) ? "-" : null;
        if (op == null) {
          return left;
        }
        left = new Binary(op, left, multiplicative());
      }
    }

    Expr multiplicative() throws JsonPathException {
      Expr left = unary();
      while (true) {
        String op = eat("*") ? "*" : eat("%") ? "%" : null;
        if (op == null) {
          return left;
        }
        left = new Binary(op, left, unary());
      }
    }

    Expr unary() throws JsonPathException {
      if (eat("!")) {
        return new Unary("!", unary());
      }
      if (eat("typeof")) {
        return new Unary("typeof", unary());
      }
      if (eat("void")) {
        return new Unary("void", unary());
      }
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == '-' ) {
        pos++;
        return new Unary("-", unary());
      }
      return postfix();
    }

    Expr postfix() throws JsonPathException {
      Expr e = primary();
      while (true) {
        skipSpace();
        if (eat("?.")) {
          e = new Member(e, new Literal(identifier()), false);
        } else if (pos < s.length() && s.charAt(pos) == '.' && !(pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
          pos++;
          e = new Member(e, new Literal(identifier()), false);
        } else if (eat("[")) {
          Expr key = ternary();
          expect("]");
          e = new Member(e, key, true);
        } else if (eat("(")) {
          List<Expr> args = new ArrayList<>();
          if (!eat(")")) {
            do {
              args.add(ternary());
            } while (eat(","));
            expect(")");
          }
          e = new Call(e, args);
        } else {
          return e;
        }
      }
    }

    Expr primary() throws JsonPathException {
      skipSpace();
      if (atEnd()) {
        throw new JsonPathException("filter expression ends too early", pos);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        Expr e = ternary();
        expect(")");
        return e;
      }
      if (c == '[') {
        pos++;
        List<Expr> items = new ArrayList<>();
        if (!eat("]")) {
          do {
            items.add(ternary());
          } while (eat(","));
          expect("]");
        }
        return new ArrayLiteral(items);
      }
      if (c == '@' || c == '$') {
        int start = pos++;
        while (pos < s.length() && isIdentPart(s.charAt(pos))) {
          pos++;
        }
        String name = s.substring(start, pos);
        if (!List.of("@", "@property", "@parentProperty", "@parent", "@path", "@root", "$").contains(name)) {
          throw new JsonPathException("unknown name '" + name + "' in filter expression", start);
        }
        return new ScopeRef(name);
      }
      if (c == '\'' || c == '"') {
        return new Literal(string(c));
      }
      if (c == '/') {
        return new Literal(regex());
      }
      if (Character.isDigit(c) || (c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        double d = Js.stringToNumber(s.substring(start, pos));
        if (Double.isNaN(d)) {
          throw new JsonPathException("bad number '" + s.substring(start, pos) + "'", start);
        }
        return new Literal(d);
      }
      if (isIdentStart(c)) {
        int start = pos;
        String id = identifier();
        return switch (id) {
          case "true" -> new Literal(Boolean.TRUE);
          case "false" -> new Literal(Boolean.FALSE);
          case "null" -> new Literal(Js.NULL);
          case "undefined" -> new Literal(Js.UNDEFINED);
          case "NaN" -> new Literal(Double.NaN);
          case "Infinity" -> new Literal(Double.POSITIVE_INFINITY);
          case "Object", "Array", "Number", "String", "Boolean" -> new Global(id);
          default -> throw new JsonPathException("unknown name '" + id + "' in filter expression", start);
        };
      }
      throw new JsonPathException("unexpected '" + c + "' in filter expression", pos);
    }

    String identifier() throws JsonPathException {
      skipSpace();
      int start = pos;
      if (pos < s.length() && isIdentStart(s.charAt(pos))) {
        pos++;
        while (pos < s.length() && isIdentPart(s.charAt(pos))) {
          pos++;
        }
        return s.substring(start, pos);
      }
      throw new JsonPathException("expected a name" + (atEnd() ? " at the end" : " before '" + rest() + "'"), pos);
    }

    String string(char quote) throws JsonPathException {
      int start = pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length() && s.charAt(pos) != quote) {
        char ch = s.charAt(pos++);
        if (ch == '\\' && pos < s.length()) {
          char esc = s.charAt(pos++);
          switch (esc) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw new JsonPathException("bad \\u escape", pos);
              }
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> sb.append(esc);
          }
        } else {
          sb.append(ch);
        }
      }
      if (pos >= s.length()) {
        throw new JsonPathException("unterminated string", start);
      }
      pos++;
      return sb.toString();
    }

    JsRegex regex() throws JsonPathException {
      int start = pos++;
      StringBuilder body = new StringBuilder();
      boolean inClass = false;
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (ch == '\\' && pos + 1 < s.length()) {
          body.append(ch).append(s.charAt(pos + 1));
          pos += 2;
          continue;
        }
        if (ch == '[') {
          inClass = true;
        } else if (ch == ']') {
          inClass = false;
        } else if (ch == '/' && !inClass) {
          break;
        }
        body.append(ch);
        pos++;
      }
      if (pos >= s.length()) {
        throw new JsonPathException("unterminated regular expression", start);
      }
      pos++;
      int flagsStart = pos;
      while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
        pos++;
      }
      try {
        return JsRegex.compile(body.toString(), s.substring(flagsStart, pos));
      } catch (IllegalArgumentException e) {
        throw new JsonPathException(e.getMessage(), start);
      }
    }

    private static boolean isIdentStart(char c) {
      return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
  }
}
