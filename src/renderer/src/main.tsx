import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/fonts.css'
import './styles/base.css'
import './styles/desk.css'
import './styles/library.css'
import './styles/reader.css'
import './styles/dialogs.css'
import './styles/highlights.css'
import './styles/entities.css'
import './styles/new-names.css'
import './styles/story.css'
import './styles/figures.css'
import './styles/timeline.css'
import './styles/graph.css'
import './styles/notes.css'
import './styles/briefing.css'
import { App } from './app/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
