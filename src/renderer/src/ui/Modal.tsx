import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  open: boolean
  onClose: () => void
  labelledBy: string
  className?: string
  children: ReactNode
}

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape and returns focus to where it
 * was. React state stays the source of truth for whether it is open.
 */
export function Modal({ open, onClose, labelledBy, className, children }: Props): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby={labelledBy} onClose={onClose}>
      {open ? children : null}
    </dialog>
  )
}
