import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getObservation } from "@/lib/metrics/observations";
import { describeObservation } from "@/lib/rules/metrics";
import { RetractObservationForm } from "./retract-form";

export const metadata: Metadata = { title: "Retract a value" };

export default async function RetractObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: observation } = await requirePageRecord(params, "admin", "/admin/observations/[id]/retract", getObservation);
  const { metric } = observation;
  const unit = { unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/metrics/${metric.id}?value=${observation.id}#observation-${observation.id}`}>{metric.title}</BackLink>
      <h1 className="text-2xl font-bold">Retract value #{observation.id}</h1>
      <section aria-label="Value" className="max-w-3xl rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        <p>
          {describeObservation({ ...observation, value: Number(observation.value) }, unit)}, recorded by {observation.author.name}
        </p>
        {observation.note && <p className="mt-2 whitespace-pre-line">{observation.note}</p>}
      </section>
      {observation.retractedAt ? (
        <p>This value is already retracted.</p>
      ) : !observation.effective ? (
        <p>
          This value has been replaced by a correction or a revision and no longer counts; retract or correct the value that replaced it.
        </p>
      ) : (
        <>
          <p className="max-w-3xl text-sm">
            A retracted value stays in the public history, marked as retracted with your note, and no longer counts toward the metric’s
            latest value, chart or pace. Nothing is deleted.
          </p>
          <RetractObservationForm observationId={observation.id} version={metric.version} />
        </>
      )}
    </div>
  );
}
