import { useCallback, useEffect, useState, type ReactNode } from 'react'

/** A short confirmation ("copied", "undone"), announced politely and gone after a few seconds. */
export function useToast(): [ReactNode, (message: string) => void] {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null)
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(() => setMessage(null), 3000)
    return () => clearTimeout(timer)
  }, [message])
  const show = useCallback((text: string) => setMessage({ text, at: Date.now() }), [])
  const view = (
    <div className="toast" role="status" aria-live="polite">
      {message ? <span key={message.at}>{message.text}</span> : null}
    </div>
  )
  return [view, show]
}
