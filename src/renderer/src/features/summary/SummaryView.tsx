// The sourced summary's plan: sections in order with the reporter's prose, the claims in each (and
// those not placed yet), what each claim's inclusion is, and the export. Claims move with buttons
// and selects, so everything works from the keyboard. In review mode the plan is shown, not edited;
// export still works.
import { CircleAlert, FileOutput, Loader, Plus } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { useReadOnly } from '../../data/readOnly'
import { useQuery } from '../../data/useQuery'
import { useSave } from '../../data/useSave'
import type { SummaryPlan } from '../../../../shared/models'
import { ExportPanel, type ExportOptions } from './ExportPanel'
import { planGroups, type Placement } from './plan'
import { PlanSection } from './PlanSection'

export interface SummaryViewProps {
  onOpenClaim(id: number): void
}

/** How many claims an export holds: those the plan includes, or with `all` every claim (as the core exports them). */
export function exportCount(plan: SummaryPlan, all: boolean): number {
  return all ? plan.claims.length : plan.claims.filter((claim) => claim.included).length
}

export function SummaryView({ onOpenClaim }: SummaryViewProps) {
  const plan = useQuery(() => api['summary.plan']({}), [])
  const info = useQuery(() => api['app.info']({}), [])
  const readOnly = useReadOnly()
  const save = useSave()
  const [options, setOptions] = useState<ExportOptions>({ all: false, appendix: false })

  if (plan.error && !plan.data) {
    return (
      <EmptyState icon={CircleAlert} title="The summary plan couldn’t be read">
        <p>{plan.error.message}</p>
      </EmptyState>
    )
  }
  if (!plan.data) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Reading the summary plan…
      </div>
    )
  }

  const groups = planGroups(plan.data)
  const arrange = (placement: Placement) => save(() => api['summary.arrange']({ placement }), 'Couldn’t move the claim.')
  const orderSections = (sectionIds: number[]) => save(() => api['summary.arrange']({ sectionIds }), 'Couldn’t move the section.')

  return (
    <section className="summary-view" aria-label="Summary and export">
      <div className="summary-scroll">
        <header className="summary-header">
          <p className="status-kicker">
            <FileOutput size={14} aria-hidden /> Summary &amp; export
          </p>
          <h2 className="status-title">Sourced summary</h2>
          <p className="status-lede">
            Each claim becomes a statement with numbered footnotes citing its passages; a source list closes the document. By default (Auto) a
            claim goes in once it is verified and signed off. Confidential sources are cited by their description, never by name.
          </p>
        </header>

        <ExportPanel caseTitle={info.data?.openCase?.title ?? 'Case'} count={exportCount(plan.data, options.all)} options={options} onOptions={setOptions} />

        {readOnly && (
          <p className="notice summary-readonly" role="note">
            Review mode: the plan is shown as the reporter left it. Export still works.
          </p>
        )}

        {plan.data.claims.length === 0 && plan.data.sections.length === 0 ? (
          <EmptyState icon={FileOutput} title="No claims yet">
            <p>Mark claims in the documents (select text, then Mark as claim). They appear here to be ordered into sections.</p>
          </EmptyState>
        ) : (
          <div className="plan">
            {groups.map((group, index) => (
              <PlanSection
                key={group.section?.id ?? 'unplaced'}
                group={group}
                groups={groups}
                first={index === 0}
                last={index === groups.length - 2}
                readOnly={readOnly}
                allClaims={options.all}
                onOpenClaim={onOpenClaim}
                onArrange={arrange}
                onOrderSections={orderSections}
                sections={plan.data!.sections}
              />
            ))}
          </div>
        )}

        {!readOnly && <AddSection />}
      </div>
    </section>
  )
}

function AddSection() {
  const save = useSave()
  const [title, setTitle] = useState('')
  const add = async () => {
    const value = title.trim()
    if (!value) return
    if (await save(() => api['summary.createSection']({ title: value }), 'Couldn’t add the section.')) setTitle('')
  }
  return (
    <form
      className="inline-add plan-add-section"
      onSubmit={(event) => {
        event.preventDefault()
        void add()
      }}
    >
      <input
        className="input"
        aria-label="New section title"
        placeholder="New section, e.g. “What the memo says”"
        value={title}
        maxLength={300}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button" disabled={!title.trim()}>
        <Plus size={14} aria-hidden /> Add section
      </button>
    </form>
  )
}
