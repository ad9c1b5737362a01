// @ts-check
/**
 * Daftar's installers: `npm run dist`, which names this file with --config (electron-builder looks by
 * itself only for electron-builder.{yml,json,js,cjs,ts,…}, not *.config.cjs). One app id and
 * one icon for every platform; the app itself (out/, built by `npm run build`) goes into app.asar;
 * the seed articles ship beside it as plain files, where src/main reads them when packaged
 * (process.resourcesPath/seeds). The Electron fuses are flipped by packaging/after-pack.mjs.
 *
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'org.daftar.desk',
  productName: 'Daftar',
  copyright: 'MIT licence — Daftar (دفتر)',
  directories: { output: 'dist', buildResources: 'resources' },
  // The bundles only: out/node is browser mode and the CLI, which a desktop install does not run.
  // Production dependencies in node_modules are added by electron-builder itself.
  files: ['out/**', '!out/node/**'],
  extraResources: [{ from: 'seeds', to: 'seeds', filter: ['**/*'] }],
  asar: true,
  icon: 'resources/icon.png',
  // Citations in exported briefings are daftar:// links; the installed app opens them.
  protocols: [{ name: 'Daftar passage link', schemes: ['daftar'] }],
  afterPack: './packaging/after-pack.mjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'daftar',
    synopsis: 'Read Arabic news offline, mark passages, write briefings',
    // xdg-open hands daftar:// links to the app through this handler.
    mimeTypes: ['x-scheme-handler/daftar'],
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
}

module.exports = config
