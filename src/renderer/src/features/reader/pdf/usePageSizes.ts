// Every page's size, cheaply: page 1 at once (and assumed for the rest), then the others in the
// background, published in batches, so placeholders take their real size without delaying the first page.
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useEffect, useState } from 'react'
import type { PageSize } from './layout'

const BATCH = 40
const LETTER: PageSize = { width: 612, height: 792 }

async function sizeOf(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageSize> {
  const viewport = (await pdf.getPage(pageNumber)).getViewport({ scale: 1 })
  return { width: viewport.width, height: viewport.height }
}

export function usePageSizes(pdf: PDFDocumentProxy | null): PageSize[] | null {
  const [sizes, setSizes] = useState<{ pdf: PDFDocumentProxy; sizes: PageSize[] } | null>(null)

  useEffect(() => {
    if (!pdf) return
    let cancelled = false
    const measure = async () => {
      const first = await sizeOf(pdf, 1)
      if (cancelled) return
      const all = Array.from({ length: pdf.numPages }, () => first)
      setSizes({ pdf, sizes: [...all] })
      let changed = false
      for (let pageNumber = 2; pageNumber <= pdf.numPages; pageNumber++) {
        const size = await sizeOf(pdf, pageNumber)
        if (cancelled) return
        if (size.width !== first.width || size.height !== first.height) {
          all[pageNumber - 1] = size
          changed = true
        }
        if (changed && (pageNumber % BATCH === 0 || pageNumber === pdf.numPages)) {
          setSizes({ pdf, sizes: [...all] })
          changed = false
        }
      }
    }
    // A page that cannot be measured keeps page 1's size (or Letter's); drawing it will say what went wrong.
    measure().catch(() => {
      if (cancelled) return
      setSizes((previous) => (previous?.pdf === pdf ? previous : { pdf, sizes: Array.from({ length: pdf.numPages }, () => LETTER) }))
    })
    return () => {
      cancelled = true
    }
  }, [pdf])

  return sizes && sizes.pdf === pdf ? sizes.sizes : null
}
