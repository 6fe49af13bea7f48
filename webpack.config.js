// One build for every host: the Apps Script project (Code.js, Sidebar.html, appsscript.json) and,
// as it lands, the Excel add-in. `npm run build` writes dist/; nothing here touches the network.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

// tsx would keep a cache of what it compiles in the temp directory (tsx-<uid>), which the build leaves as it found it.
process.env.TSX_DISABLE_CACHE = '1';
require('tsx/cjs/api').register();
const { gasGlobals } = require('./apps-script/globals.ts');

const root = __dirname;

/** The panel's shared layout followed by the host's theme (Fluent 2 for Excel, Google's add-on style for Sheets). */
const panelCss = (theme) => ['panel.css', theme].map((f) => fs.readFileSync(path.resolve(root, 'ui', f), 'utf8')).join('\n');

/** The text of every file under `dir` whose name ends with `ext`. */
const sourcesText = (dir, ext) => fs.readdirSync(path.resolve(root, dir), { recursive: true })
  .filter((f) => f.endsWith(ext))
  .map((f) => fs.readFileSync(path.resolve(root, dir, f), 'utf8'))
  .join('\n');

/**
 * The Fluent tokens (ui/fluent-tokens.css) nothing on the Excel page reads. The sheet keeps Fluent's
 * whole palette, sizes and spacings, so a rule can take any of them; the page needs 21 of its 77,
 * and the other 56 cost 440 bytes gzipped of its 70 KB budget. A token counts as read when the
 * panel's stylesheets or scripts (ui/, addin/src/) name it anywhere, or a var() of the token sheet
 * reads it: when in doubt it stays, so a rule never loses a value. webpack's CSS minimizer takes the
 * rest out (`unusedSymbols`), parsing the sheet rather than matching text.
 */
const unusedFluentTokens = (panel) => {
  const tokens = fs.readFileSync(path.resolve(root, 'ui/fluent-tokens.css'), 'utf8');
  const named = new Set((panel + sourcesText('ui', '.ts') + sourcesText('addin/src', '.ts')).match(/--[A-Za-z][\w-]*/g));
  for (const m of tokens.matchAll(/var\(\s*(--[\w-]+)/g)) named.add(m[1]);
  return [...new Set([...tokens.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))].filter((name) => !named.has(name));
};

const tsRule = (configFile) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: 'ts-loader',
  // Types are checked by `npm run typecheck`; the bundles only transpile.
  options: { configFile: path.resolve(root, configFile), transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false, module: 'es2020' } },
});

/** Emits a file as is (appsscript.json, icons), or transformed (the manifest's address). */
class EmitFilePlugin {
  constructor(from, to, transform = (buffer) => buffer) { this.from = from; this.to = to; this.transform = transform; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitFilePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.to, new webpack.sources.RawSource(this.transform(fs.readFileSync(this.from))));
      });
    });
  }
}

/**
 * custom-functions-metadata always writes `allowCustomDataForDataTypeAny: true` and cannot write
 * `allowErrorForDataTypeAny` ("can only be used with manually created JSON metadata":
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so the generated
 * functions.json is corrected here: a linked data type (stock, geography, entity) reaches the
 * functions as its plain value instead of an object, and an error cell in a range input reaches them
 * as one bad element instead of failing the whole call
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
 */
class FunctionsMetadataFlagsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataFlagsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataFlagsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return;
        const meta = JSON.parse(asset.source.source().toString());
        const fixed = { allowCustomDataForDataTypeAny: false, allowErrorForDataTypeAny: true, ...meta };
        fixed.allowCustomDataForDataTypeAny = false;
        fixed.allowErrorForDataTypeAny = true;
        compilation.updateAsset('functions.json', new webpack.sources.RawSource(JSON.stringify(fixed, null, 4)));
      });
    });
  }
}

const DEV_URL = 'https://localhost:3000/';

const gasServer = {
  name: 'gas-server',
  mode: 'production',
  devtool: false,
  context: root,
  target: ['web', 'es2020'],
  entry: './apps-script/src/server.ts',
  output: { path: path.resolve(root, 'dist/gas'), filename: 'Code.js', library: { name: 'CCHC_APP', type: 'var' }, clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [tsRule('apps-script/tsconfig.json')] },
  // Minified: Apps Script loads the whole project for every custom-function call, so its size is paid on
  // each cold start. The top-level functions and their @customfunction JSDoc are appended after
  // minification (the banner's stage), so they reach Code.js as written and Apps Script finds them.
  // collapse_vars off: zod's probe `const F = Function; new F("")` (never run: the core sets zod's
  // jitless) would otherwise be collapsed into a literal `new Function("")`, which the bundle test
  // forbids so that a real eval never slips in. It costs under 1 % of Code.js.
  // Lines of about 1 000 characters (longer only where a string cannot break): staff paste Code.js
  // into the Apps Script editor, which copes better with 330 lines than with one of 200 000
  // characters, and a stack trace's line number then narrows the place down.
  optimization: { minimize: true, minimizeOptions: { javascript: { compress: { passes: 2, collapse_vars: false }, format: { max_line_len: 1000 } } } },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: gasGlobals(), raw: true, footer: true, entryOnly: true, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }),
    new EmitFilePlugin(path.resolve(root, 'apps-script/appsscript.json'), 'appsscript.json'),
  ],
};

const gasSidebar = {
  name: 'gas-sidebar',
  mode: 'production',
  devtool: false,
  context: root,
  target: ['web', 'es2020'],
  entry: './apps-script/sidebar/sidebar.ts',
  output: { path: path.resolve(root, 'dist/gas'), filename: 'sidebar.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [tsRule('ui/tsconfig.json')] },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      template: './apps-script/sidebar/index.html',
      filename: 'Sidebar.html',
      inject: 'body',
      scriptLoading: 'blocking',
      minify: false,
      templateParameters: { panelCss: panelCss('theme-google.css') },
    }),
    new HtmlInlineScriptPlugin(),
  ],
};

/**
 * The Excel add-in on one shared runtime: taskpane.html loads one bundle, taskpane.js, holding the
 * custom functions, the ribbon commands and the task pane over one copy of the core (three entries
 * carried the core three times: 116 KB gzipped where one needs about 60). addin/src/page.ts runs
 * them in that order, so the functions are associated before anything waits for Office.onReady.
 * `--env url=https://server/path/` writes the manifest for that address.
 */
const excel = (env) => {
  const url = env && env.url ? String(env.url).replace(/\/?$/, '/') : DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must start with https:// (got ${url})`);
  const out = path.resolve(root, 'dist/excel');
  // The store's, the group's and each ribbon command's icons (addin/scripts/make-icons.ts writes them).
  const assets = fs.readdirSync(path.resolve(root, 'addin/assets')).filter((f) => f.endsWith('.png')).sort();
  return {
    name: 'excel',
    mode: 'production',
    devtool: false,
    context: root,
    target: ['web', 'es2020'],
    entry: { taskpane: './addin/src/page.ts' },
    output: { path: out, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        tsRule('addin/tsconfig.json'),
        // package.json declares the sources free of side effects, which is true of everything the
        // page imports for its exports; page.ts imports these for what they do on loading (mark the
        // page started, associate the functions and commands, mount the pane), so they must not be dropped.
        { test: /addin[\\/]src[\\/]((functions|commands|taskpane)[\\/]|page-started\.ts$)/, sideEffects: true },
      ],
    },
    optimization: { minimizeOptions: { css: { unusedSymbols: unusedFluentTokens(panelCss('theme-fluent.css')) } } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './addin/src/functions/functions.ts' }),
      new FunctionsMetadataFlagsPlugin(),
      new HtmlWebpackPlugin({
        template: './addin/src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        minify: false,
        templateParameters: {
          fluentTokensCss: fs.readFileSync(path.resolve(root, 'ui/fluent-tokens.css'), 'utf8'),
          panelCss: panelCss('theme-fluent.css'),
        },
      }),
      ...assets.map((a) => new EmitFilePlugin(path.resolve(root, 'addin/assets', a), `assets/${a}`)),
      new EmitFilePlugin(path.resolve(root, 'manifest.xml'), 'manifest.xml', (b) => Buffer.from(b.toString('utf8').split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, '')).join(url.replace(/\/$/, '')))),
    ],
  };
};

/**
 * The Content-Security-Policy of the one-file page, written once its scripts are inlined: each inline
 * script is allowed by its SHA-256 (nothing else runs, not even an injected one), styles inline only,
 * and no connection, frame, form, worker, font or fetched image of any kind, so the officer's figures
 * cannot leave the machine whatever a library tries. Images only from the page itself (data:, blob:).
 */
class ContentSecurityPolicyPlugin {
  constructor(filename) { this.filename = filename; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      // Last of all, on the page as it will be written: scripts inlined and minified, so the hashes are of the final text.
      compilation.hooks.processAssets.tap({ name: 'ContentSecurityPolicyPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.filename);
        if (!asset) return;
        let html = asset.source.source().toString();
        // Hashed as the browser hashes it: after HTML parsing turned every CR LF or CR into LF.
        const hashes = [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)]
          .map((m) => `'sha256-${require('crypto').createHash('sha256').update(m[1].replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`);
        const policy = [
          "default-src 'none'", `script-src ${hashes.join(' ')}`, "style-src 'unsafe-inline'", 'img-src data: blob:',
          "connect-src 'none'", "font-src 'none'", "media-src 'none'", "object-src 'none'", "frame-src 'none'", "worker-src 'none'",
          "manifest-src 'none'", "form-action 'none'", "base-uri 'none'",
        ].join('; ');
        // The page's minifier may have dropped the attribute's quotes around the placeholder: the policy needs them.
        const placeholder = /content=(["']?)__CSP__\1/;
        if (!placeholder.test(html)) throw new Error('web/index.html lost its __CSP__ placeholder');
        html = html.replace(placeholder, () => `content="${policy}"`);
        compilation.updateAsset(this.filename, new webpack.sources.RawSource(html));
      });
    });
  }
}

/**
 * The one-file page (dist/web/cchc.html): the panel over the officer's own .xlsx files, every script
 * and style inlined, opened by double-click from disk or from any static server. One chunk: exceljs,
 * which the workbook layer loads lazily for the CLI, is bundled in, so nothing is ever fetched.
 */
const web = {
  name: 'web',
  mode: 'production',
  devtool: false,
  context: root,
  target: ['web', 'es2020'],
  entry: { cchc: './web/src/page.ts' },
  output: { path: path.resolve(root, 'dist/web'), filename: '[name].js', clean: true },
  // exceljs (new workbooks: templates, plans, summaries) comes inlined as its own published browser
  // build, already minified, in a script before the page's: minifying its megabyte again would cost
  // minutes of every build for nothing.
  externals: { exceljs: 'ExcelJS' },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [tsRule('web/tsconfig.json')] },
  optimization: { minimizeOptions: { css: { unusedSymbols: unusedFluentTokens(panelCss('theme-fluent.css')) } } },
  performance: { hints: false },
  plugins: [
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new HtmlWebpackPlugin({
      template: './web/index.html',
      filename: 'cchc.html',
      inject: 'body',
      scriptLoading: 'blocking',
      minify: false,
      templateParameters: {
        fluentTokensCss: fs.readFileSync(path.resolve(root, 'ui/fluent-tokens.css'), 'utf8'),
        panelCss: panelCss('theme-fluent.css'),
        pageCss: fs.readFileSync(path.resolve(root, 'web/page.css'), 'utf8'),
        // "</script" cannot occur inside an inline script; exceljs's build has none, and the build says so if it ever does.
        exceljsScript: (() => {
          const text = fs.readFileSync(require.resolve('exceljs/dist/exceljs.min.js'), 'utf8');
          if (/<\/script/i.test(text)) throw new Error('exceljs.min.js holds "</script": it cannot be inlined as is');
          return text;
        })(),
      },
    }),
    new HtmlInlineScriptPlugin(),
    new ContentSecurityPolicyPlugin('cchc.html'),
  ],
};

module.exports = (env) => [gasServer, gasSidebar, excel(env), web];
