import type { Metadata } from "next";
import { BackLink } from "@/components/admin";
import { requirePageRecord } from "@/lib/auth/auth";
import { getObservation } from "@/lib/metrics/observations";
import { LIMITS } from "@/lib/rules/limits";
import { FrenchForm, type FrenchText } from "../../../translations/french-form";
import { translateObservationAction } from "../../../translations/actions";

export const metadata: Metadata = { title: "French of a value" };

export default async function ObservationFrenchPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: observation } = await requirePageRecord(params, "editor", "/admin/observations/[id]/french", getObservation);
  const notes = [
    ["noteFr", "Note", observation.note, observation.noteFr, LIMITS.observationNote],
    ["correctionNoteFr", "Correction note", observation.correctionNote, observation.correctionNoteFr, LIMITS.correctionNote],
    ["retractionNoteFr", "Retraction note", observation.retractionNote, observation.retractionNoteFr, LIMITS.retractionNote],
  ] as const;
  const texts: FrenchText[] = notes.flatMap(([name, label, english, saved, maxLength]) =>
    english ? [{ name, label, english, saved, maxLength }] : [],
  );
  return (
    <div className="flex flex-col gap-6">
      <BackLink href={`/admin/metrics/${observation.metricId}`}>{observation.metric.title}</BackLink>
      <h1 className="text-2xl font-bold">
        French of value #{observation.id} ({observation.periodLabel})
      </h1>
      <FrenchForm
        action={translateObservationAction}
        hidden={{ observationId: observation.id, version: observation.metric.version }}
        texts={texts}
        evidence={observation.evidence}
        maxTitle={LIMITS.evidenceTitle}
      />
    </div>
  );
}
