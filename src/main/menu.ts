import type { MenuItemConstructorOptions } from 'electron'
import type { Handlers } from '../backend/handlers'

export type MenuLocale = 'ar' | 'en'

/** The menu's words in the interface language (the rest of the interface is in src/renderer/src/i18n). */
const LABELS = {
  ar: {
    file: 'ملف',
    close: 'إغلاق النافذة',
    quit: 'إنهاء دفتر',
    edit: 'تحرير',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    pasteAsText: 'لصق كنص',
    selectAll: 'تحديد الكل',
    view: 'عرض',
    resetZoom: 'الحجم الأصلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fullScreen: 'ملء الشاشة',
    reload: 'إعادة التحميل',
    devTools: 'أدوات المطوّر',
    window: 'نافذة',
    minimize: 'تصغير النافذة',
  },
  en: {
    file: 'File',
    close: 'Close Window',
    quit: 'Quit Daftar',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAsText: 'Paste as Text',
    selectAll: 'Select All',
    view: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
  },
} as const

/**
 * The application menu, in place of Electron's default: in the interface's language, with the Edit
 * roles that give copy, paste and select-all their shortcuts (on macOS only a menu does), and without
 * reload or developer tools in a packaged app — a reload drops unsaved state, and DevTools is a
 * console into the page that a user can be talked into pasting code into.
 */
export function menuTemplate(options: { locale: MenuLocale; packaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const l = LABELS[options.locale]
  const mac = options.platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const developer: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [separator, { role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }]
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: l.file, submenu: [mac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        separator,
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'pasteAndMatchStyle', label: l.pasteAsText },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        separator,
        { role: 'togglefullscreen', label: l.fullScreen },
        ...developer,
      ],
    },
    {
      label: l.window,
      submenu: [{ role: 'minimize', label: l.minimize }, ...(mac ? [{ role: 'front' } satisfies MenuItemConstructorOptions] : [])],
    },
  ]
}

/** Handlers whose settings update also re-labels the menu when the interface language changed. */
export function menuFollowsLocale(handlers: Handlers, currentLocale: () => MenuLocale, show: (locale: MenuLocale) => void): Handlers {
  const update = handlers.updateSettings
  return {
    ...handlers,
    updateSettings: async (args) => {
      const result = await update(args)
      if (result.ok) show(currentLocale())
      return result
    },
  }
}
