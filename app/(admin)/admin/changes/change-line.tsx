import { StatusBadge } from "@/components/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/text/dates";
import type { Status } from "@/lib/rules/status";

type Change = { fromStatus: Status; toStatus: Status; effectiveOn: Date; author: { name: string } };

/** The values of a message that describes a status change: <from/> → <to/>, its date and author. */
export const changeLineValues = (change: Change, locale: Locale) => ({
  from: () => <StatusBadge status={change.fromStatus} />,
  to: () => <StatusBadge status={change.toStatus} />,
  date: formatDate(change.effectiveOn, "DAY", locale),
  name: change.author.name,
});
