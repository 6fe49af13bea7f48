// One build for every host: the Apps Script project (Code.js, Sidebar.html, appsscript.json) and,
// as it lands, the Excel add-in. `npm run build` writes dist/; nothing here touches the network.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');

require('tsx/cjs/api').register();
const { gasGlobals } = require('./apps-script/globals.ts');

const root = __dirname;
const tsRule = (configFile) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: 'ts-loader',
  // Types are checked by `npm run typecheck`; the bundles only transpile.
  options: { configFile: path.resolve(root, configFile), transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false, module: 'es2020' } },
});

/** Emits a file as is (appsscript.json). */
class EmitFilePlugin {
  constructor(from, to) { this.from = from; this.to = to; }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitFilePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.to, new webpack.sources.RawSource(fs.readFileSync(this.from)));
      });
    });
  }
}

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
  // Readable output: Apps Script shows stack traces with line numbers, and @customfunction comments must survive.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: gasGlobals(), raw: true, footer: true, entryOnly: true }),
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
      templateParameters: { panelCss: fs.readFileSync(path.resolve(root, 'ui/panel.css'), 'utf8') },
    }),
    new HtmlInlineScriptPlugin(),
  ],
};

module.exports = [gasServer, gasSidebar];
