/**
 * Every regex of `src/`, found without relying on a module to export it (regex-safety.test.ts checks them all):
 * - the regex literals of every file, read from the syntax tree (a literal anywhere: module level or in a function);
 * - the regexes `src/core` builds while it loads (`new RegExp(…)` at module level, or in a function called at load),
 *   recorded by a stand-in for the `RegExp` constructor while every module of `src/core` is loaded afresh;
 * - the files that build near forms (near.ts), whose parts are regex sources in strings;
 * - the places a function builds a regex when it runs (`new RegExp(…)` in a function body), which neither reading
 *   sees: the test holds the list of them, each with why what it builds is checked, so a new one fails it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

export const SRC = join(__dirname, '../../src');

export interface Found {
  readonly source: string;
  readonly flags: string;
  /** `path:line` for a literal, `path` (the module that built it) for a regex built at load; relative to `src/`. */
  readonly where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Scan {
  literals: Found[];
  /** `path: the constructor call as written`, for each regex built in a function body. */
  builtInFunctions: string[];
  /** The files that build near forms (near.ts `near`): their parts are regex sources in strings, not literals. */
  nearBuilders: string[];
}

const isRegExpConstruction = (n: ts.Node): n is ts.NewExpression | ts.CallExpression =>
  (ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === 'RegExp';

export function scanSrc(dir = SRC): Scan {
  const literals: Found[] = [];
  const builtInFunctions: string[] = [];
  const nearBuilders: string[] = [];
  for (const file of tsFiles(dir)) {
    const name = relative(dir, file);
    const sf = ts.createSourceFile(name, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${name}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node, inFunction: boolean): void => {
      if (ts.isImportDeclaration(n) && /\/near'$/.test(n.moduleSpecifier.getText())) {
        const names = n.importClause?.namedBindings;
        if (names && ts.isNamedImports(names) && names.elements.some((e) => e.name.text === 'near')) nearBuilders.push(name);
      }
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(n) });
      } else if (inFunction && isRegExpConstruction(n)) {
        builtInFunctions.push(`${name}: ${n.getText().replace(/\s+/g, ' ')}`);
      }
      const fn = inFunction || ts.isFunctionLike(n);
      n.forEachChild((c) => visit(c, fn));
    };
    visit(sf, false);
  }
  return { literals, builtInFunctions, nearBuilders };
}

/** The module of `src/` a stack trace's first frame under `src/` stands in (the one that built the regex), relative to `src/`. */
function builder(stack: string | undefined): string {
  const at = stack?.split('\n').find((l) => l.includes(SRC));
  const m = at === undefined ? null : /\((.*?):\d+:\d+\)$|at (.*?):\d+:\d+$/.exec(at.trim());
  return m ? relative(SRC, m[1] ?? m[2]!) : '';
}

/** The regexes built while every module of `src/core` loads, each module evaluated afresh, with the module that built each. */
export function builtAtLoad(dir = join(SRC, 'core')): Found[] {
  const built: Found[] = [];
  const original = globalThis.RegExp;
  const record = (re: RegExp): RegExp => {
    built.push({ source: re.source, flags: re.flags, where: builder(new Error().stack) });
    return re;
  };
  const recording = new Proxy(original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      return record(Reflect.construct(target, args, newTarget) as RegExp);
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      return record(Reflect.apply(target, undefined, args) as RegExp);
    },
  });
  globalThis.RegExp = recording;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh here, in the isolated registry: an import would load once, before the stand-in
      for (const file of tsFiles(dir)) require(file);
    });
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}
