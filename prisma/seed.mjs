// npm run db:seed: the first prediction, from the op-ed the tracker was created from, and the
// metrics of its first indicator ("Modernizing the military"), each target citing its declaration.
// Idempotent: rows are matched by their natural keys (source URL, slugs) and never overwritten,
// so running it again, or after editors have changed the rows, changes nothing.
// Everything here is derived from the article and from the NATO declarations the targets cite; it
// quotes only fragments of the article's one predictive sentence, attributed, asserts nothing
// about what has happened since, and records no values: editors record them with evidence.
//
// French: every text the project wrote has its French version (<field>Fr), in Quebec French with
// the Office québécois de la langue française's typography (quebecTypography, below). The article's
// own words stay in English: a quotation keeps its language, between « », and is followed by a
// French rendering marked as such, « (traduction libre : « … ») », the usual Quebec mark of a
// translation made by the author of the text. A database seeded before French existed gets it
// once: a French column is filled only while it is empty and its English text is still the
// seed's own, so an editor's French, or an English text an editor rewrote, is never touched.
import pg from "pg";

/**
 * French typography for fr-CA (OQLF): a non-breaking space (U+00A0) before « : » and « % », and
 * inside « », none before « ; ? ! ». The texts below are written with ordinary spaces and passed
 * through this, so the rule is applied in one place.
 */
export function quebecTypography(text) {
  return text
    .replace(/ +([:%»])/g, (_, mark) => `\u00A0${mark}`)
    .replace(/« +/g, "«\u00A0")
    .replace(/ +([;?!])/g, "$1");
}
const fr = quebecTypography;

export const seedSource = {
  title: "Canada’s Brussels meetings signal a strategic pivot from US dependence",
  author: "Andrew Latham",
  outlet: "The Hill (opinion)",
  url: "https://thehill.com/opinion/international/5633613-brussels-visit-canadian-foreign-policy",
  // The article is dated early December 2025; the day is not recorded here, so only the month is claimed.
  publishedOn: "2025-12-01",
  publishedPrecision: "MONTH",
};

export const seedPrediction = {
  slug: "canada-autonomous-actor-in-nato",
  title: "Canada becomes a more autonomous actor in NATO",
  claim:
    "If the Carney government follows through on three benchmarks (modernizing the military, participating " +
    "meaningfully in European procurement initiatives, and treating Arctic security as a transatlantic issue), " +
    "Canada “will emerge as a more autonomous and relevant actor within NATO” (Andrew Latham, The Hill).",
  horizonOn: null, // the article sets no deadline
  titleFr: fr("Le Canada devient un acteur plus autonome au sein de l’OTAN"),
  claimFr: fr(
    "Si le gouvernement Carney donne suite à trois jalons (moderniser les forces armées, participer de manière " +
      "significative aux initiatives européennes d’approvisionnement et traiter la sécurité de l’Arctique comme un enjeu " +
      "transatlantique), le Canada « will emerge as a more autonomous and relevant actor within NATO » (Andrew Latham, " +
      "The Hill; traduction libre : « s’imposera comme un acteur plus autonome et plus pertinent au sein de l’OTAN »).",
  ),
};

export const seedIndicators = [
  {
    slug: "modernizing-the-military",
    title: "Modernizing the military",
    theme: "Military modernization",
    criteria:
      "Achieved when the government carries out the modernization of the Canadian Armed Forces that the article names " +
      "as the first condition of follow-through: modernization funded and delivered, not only announced, including in " +
      "the domains the article says Canada has underinvested in (the Arctic, the North Atlantic, space, cyber and " +
      "hybrid competition).",
    titleFr: fr("Moderniser les forces armées"),
    themeFr: fr("Modernisation militaire"),
    criteriaFr: fr(
      "Atteint lorsque le gouvernement mène à bien la modernisation des Forces armées canadiennes que l’article présente " +
        "comme la première condition de sa mise en œuvre : une modernisation financée et réalisée, et non seulement annoncée, " +
        "y compris dans les domaines où, selon l’article, le Canada a sous-investi (l’Arctique, l’Atlantique Nord, l’espace, " +
        "le cyberespace et la concurrence hybride).",
    ),
  },
  {
    slug: "european-procurement-participation",
    title: "Participating meaningfully in European procurement initiatives",
    theme: "Defence procurement",
    criteria:
      "Achieved when Canada takes part “in a meaningful way” in European defence-industrial and procurement " +
      "initiatives, the opening the Canada-EU Security and Defence Partnership creates: Canadian participation in " +
      "European programmes or joint acquisitions that gives Canada procurement pathways not running exclusively " +
      "through the United States, in practice and not only on paper.",
    titleFr: fr("Participer de manière significative aux initiatives européennes d’approvisionnement"),
    themeFr: fr("Approvisionnement en défense"),
    criteriaFr: fr(
      "Atteint lorsque le Canada participe « in a meaningful way » (traduction libre : « de manière significative ») aux " +
        "initiatives européennes d’industrie de défense et d’approvisionnement, l’ouverture que crée le Partenariat de " +
        "sécurité et de défense Canada-UE : une participation canadienne à des programmes européens ou à des acquisitions " +
        "conjointes qui donne au Canada des filières d’approvisionnement ne passant pas exclusivement par les États-Unis, " +
        "dans les faits et non seulement sur papier.",
    ),
  },
  {
    slug: "arctic-security-transatlantic",
    title: "Treating Arctic security as a transatlantic issue",
    theme: "Arctic security",
    criteria:
      "Achieved when Canada treats Arctic security “as a transatlantic, not just a continental, issue”: its Arctic " +
      "posture is built with European partners, the Nordic states in particular, rather than depending on U.S. " +
      "surveillance, infrastructure and operational capacity in the North alone.",
    titleFr: fr("Traiter la sécurité de l’Arctique comme un enjeu transatlantique"),
    themeFr: fr("Sécurité de l’Arctique"),
    criteriaFr: fr(
      "Atteint lorsque le Canada traite la sécurité de l’Arctique « as a transatlantic, not just a continental, issue » " +
        "(traduction libre : « comme un enjeu transatlantique, et non seulement continental ») : sa posture dans l’Arctique " +
        "se construit avec des partenaires européens, les pays nordiques en particulier, plutôt que de dépendre uniquement " +
        "de la surveillance, des infrastructures et de la capacité opérationnelle des États-Unis dans le Nord.",
    ),
  },
];

// The declarations the targets cite: NATO's official texts, by the date they were adopted.
const wales = {
  commitmentTitle: "Wales Summit Declaration, paragraph 14",
  commitmentTitleFr: "Déclaration du sommet du pays de Galles, paragraphe 14",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
  committedOn: "2014-09-05",
};
const vilnius = {
  commitmentTitle: "Vilnius Summit Communiqué",
  commitmentTitleFr: "Communiqué du sommet de Vilnius",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
  committedOn: "2023-07-11",
};
const theHague = {
  commitmentTitle: "The Hague Summit Declaration",
  commitmentTitleFr: "Déclaration du sommet de La Haye",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
  committedOn: "2025-06-25",
};

/** The indicator that carries the seed's metrics (its slug when seeded; editors may rename it since). */
export const seedMetricsIndicatorSlug = "modernizing-the-military";

/**
 * Measured progress for "Modernizing the military": what NATO's allies committed to spend, as three
 * metrics that are never mixed. The definitions are the project's own words; no value is seeded.
 */
export const seedMetrics = [
  {
    slug: "defence-expenditure-share-of-gdp",
    title: "Defence expenditure, share of GDP (NATO definition)",
    definition:
      "What is counted: Canada's defence expenditure as NATO defines it, as a share of Canada's gross domestic product. NATO's " +
      "definition is the one all Allies report against: payments a national government makes specifically to meet the needs of " +
      "its armed forces, those of Allies or of the Alliance. By whom: NATO, in its annual report on the defence expenditure of " +
      "NATO countries, compiled from the figures each Ally's defence ministry reports; NATO marks its latest figures as estimates " +
      "and revises earlier ones in later reports. How: editors record the value NATO publishes, for the period NATO gives, with " +
      "that report as evidence; an estimate is marked as one, and a figure NATO later revises is recorded as a revision with a " +
      "note. Nothing outside NATO's definition is counted here: the defence- and security-related spending that The Hague Summit " +
      "Declaration lets Allies count towards its 5% of GDP is the separate metric “Defence- and security-related spending, share " +
      "of GDP”, never added to this figure. Targets: the Vilnius Summit Communiqué (11 July 2023) made investing at least 2% of " +
      "GDP annually an enduring commitment. This project dates that target 31 December 2024: the end of the decade within which " +
      "the Wales Summit Declaration (2014) asked Allies below 2% to move towards it, and the first full year after Vilnius. Being " +
      "annual, it holds for every year from then on, so a later year below 2% falls short of it. The Hague Summit Declaration " +
      "(25 June 2025) commits Allies to at least 3.5% of GDP annually on core defence requirements, as NATO defines defence " +
      "expenditure, by 2035.",
    titleFr: fr("Dépenses de défense, part du PIB (définition de l’OTAN)"),
    definitionFr: fr(
      "Ce qui est compté : les dépenses de défense du Canada, telles que l’OTAN les définit, en proportion du produit " +
        "intérieur brut du Canada. La définition de l’OTAN est celle selon laquelle tous les Alliés font rapport : les " +
        "paiements qu’un gouvernement national effectue expressément pour répondre aux besoins de ses forces armées, de " +
        "celles des Alliés ou de l’Alliance. Par qui : l’OTAN, dans son rapport annuel sur les dépenses de défense des pays " +
        "de l’OTAN, établi à partir des chiffres que déclare le ministère de la Défense de chaque Allié; l’OTAN présente ses " +
        "chiffres les plus récents comme des estimations et révise les précédents dans ses rapports ultérieurs. Comment : " +
        "l’équipe de rédaction consigne la valeur que publie l’OTAN, pour la période qu’elle indique, avec ce rapport comme " +
        "preuve; une estimation est indiquée comme telle, et un chiffre que l’OTAN révise par la suite est consigné comme " +
        "une révision, avec une note. Rien de ce qui se trouve hors de la définition de l’OTAN n’est compté ici : les " +
        "dépenses liées à la défense et à la sécurité que la Déclaration du sommet de La Haye permet aux Alliés de compter " +
        "dans ses 5 % du PIB forment la métrique distincte « Dépenses liées à la défense et à la sécurité, part du PIB », " +
        "jamais ajoutée à ce chiffre. Cibles : le Communiqué du sommet de Vilnius (11 juillet 2023) a fait de " +
        "l’investissement annuel d’au moins 2 % du PIB un engagement durable. Ce projet fixe l’échéance de cette cible au " +
        "31 décembre 2024 : la fin de la décennie pendant laquelle la Déclaration du sommet du pays de Galles (2014) " +
        "demandait aux Alliés sous les 2 % de s’en rapprocher, et la première année complète après Vilnius. Comme elle est " +
        "annuelle, elle vaut pour chaque année par la suite : une année ultérieure sous les 2 % ne l’atteint pas. La " +
        "Déclaration du sommet de La Haye (25 juin 2025) engage les Alliés à consacrer chaque année au moins 3,5 % du PIB " +
        "aux besoins essentiels de défense, selon la définition des dépenses de défense de l’OTAN, d’ici 2035.",
    ),
    unitFr: fr("% du PIB"),
    unit: "% of GDP",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [
      {
        value: "2",
        dueOn: "2024-12-31",
        label: "At least 2% of GDP annually, every year from 2024",
        labelFr: fr("Au moins 2 % du PIB par année, chaque année à partir de 2024"),
        ...vilnius,
      },
      {
        value: "3.5",
        dueOn: "2035-12-31",
        label: "At least 3.5% of GDP annually on core defence by 2035",
        labelFr: fr("Au moins 3,5 % du PIB par année pour la défense essentielle d’ici 2035"),
        ...theHague,
      },
    ],
  },
  {
    slug: "defence-and-security-related-spending-share-of-gdp",
    title: "Defence- and security-related spending, share of GDP",
    definition:
      "What is counted: the defence- and security-related spending that The Hague Summit Declaration (25 June 2025) lets Allies " +
      "count towards its commitment of 5% of GDP annually by 2035, as a share of Canada's gross domestic product: up to 1.5% of " +
      "GDP, to, among other things, protect critical infrastructure, defend networks, ensure civil preparedness and resilience, " +
      "unleash innovation and strengthen the defence industrial base. This spending falls outside NATO's definition of defence " +
      "expenditure, so it is never part of the metric “Defence expenditure, share of GDP (NATO definition)”, and that metric's " +
      "figures never include it. The declaration's 5% is the sum of the two metrics for the same period: this tracker shows them " +
      "apart, never as one mixed figure. By whom and how: editors record the share the Government of Canada or NATO publishes " +
      "for this category, for the period it gives, with that publication as evidence; nothing is inferred or estimated here. " +
      "Target: up to 1.5% of GDP annually by 2035 (The Hague Summit Declaration), the part of the 5% beside at least 3.5% of " +
      "core defence expenditure.",
    titleFr: fr("Dépenses liées à la défense et à la sécurité, part du PIB"),
    definitionFr: fr(
      "Ce qui est compté : les dépenses liées à la défense et à la sécurité que la Déclaration du sommet de La Haye " +
        "(25 juin 2025) permet aux Alliés de compter dans leur engagement de 5 % du PIB par année d’ici 2035, en proportion " +
        "du produit intérieur brut du Canada : jusqu’à 1,5 % du PIB, consacré notamment à protéger les infrastructures " +
        "essentielles, à défendre les réseaux, à assurer la préparation et la résilience civiles, à libérer l’innovation et à " +
        "renforcer la base industrielle de défense. Ces dépenses se situent hors de la définition des dépenses de défense de " +
        "l’OTAN : elles ne font donc jamais partie de la métrique « Dépenses de défense, part du PIB (définition de l’OTAN) », " +
        "dont les chiffres ne les incluent jamais. Les 5 % de la déclaration sont la somme des deux métriques pour une même " +
        "période : ce suivi les présente séparément, jamais comme un seul chiffre combiné. Par qui et comment : l’équipe de " +
        "rédaction consigne la part que le gouvernement du Canada ou l’OTAN publie pour cette catégorie, pour la période " +
        "indiquée, avec cette publication comme preuve; rien n’est déduit ni estimé ici. Cible : jusqu’à 1,5 % du PIB par " +
        "année d’ici 2035 (Déclaration du sommet de La Haye), la part des 5 % qui s’ajoute aux dépenses de défense " +
        "essentielles d’au moins 3,5 %.",
    ),
    unitFr: fr("% du PIB"),
    unit: "% of GDP",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [
      {
        value: "1.5",
        dueOn: "2035-12-31",
        label: "Up to 1.5% of GDP annually by 2035, towards the 5% total",
        labelFr: fr("Jusqu’à 1,5 % du PIB par année d’ici 2035, en vue du total de 5 %"),
        ...theHague,
      },
    ],
  },
  {
    slug: "major-equipment-share-of-defence-expenditure",
    title: "Major equipment, share of defence expenditure",
    definition:
      "What is counted: the share of Canada's defence expenditure (NATO definition) spent on major equipment, including the " +
      "research and development devoted to it. By whom: NATO, in its annual report on the defence expenditure of NATO countries, " +
      "which breaks each Ally's defence expenditure down by category from the figures its defence ministry reports; the latest " +
      "figures are estimates. How: editors record the share NATO publishes, for the period NATO gives, with that report as " +
      "evidence; an estimate is marked as one, and a figure NATO later revises is recorded as a revision with a note. Target: in " +
      "the Wales Summit Declaration (5 September 2014, paragraph 14), Allies spending less than 20% of their annual defence " +
      "spending on major new equipment, including related research and development, aimed to increase it to 20% or more of " +
      "total defence expenditure within a decade; this project dates the target 31 December 2024, a decade on.",
    titleFr: fr("Équipements majeurs, part des dépenses de défense"),
    definitionFr: fr(
      "Ce qui est compté : la part des dépenses de défense du Canada (définition de l’OTAN) consacrée aux équipements " +
        "majeurs, y compris la recherche et le développement qui s’y rapportent. Par qui : l’OTAN, dans son rapport annuel " +
        "sur les dépenses de défense des pays de l’OTAN, qui ventile les dépenses de défense de chaque Allié par catégorie à " +
        "partir des chiffres que déclare son ministère de la Défense; les chiffres les plus récents sont des estimations. " +
        "Comment : l’équipe de rédaction consigne la part que publie l’OTAN, pour la période qu’elle indique, avec ce " +
        "rapport comme preuve; une estimation est indiquée comme telle, et un chiffre que l’OTAN révise par la suite est " +
        "consigné comme une révision, avec une note. Cible : dans la Déclaration du sommet du pays de Galles (5 septembre " +
        "2014, paragraphe 14), les Alliés qui consacraient moins de 20 % de leurs dépenses de défense annuelles aux nouveaux " +
        "équipements majeurs, y compris la recherche et le développement connexes, visaient à porter cette part à 20 % ou " +
        "plus de leurs dépenses de défense totales d’ici une décennie; ce projet fixe l’échéance de cette cible au " +
        "31 décembre 2024, une décennie plus tard.",
    ),
    unitFr: fr("% des dépenses de défense"),
    unit: "% of defence expenditure",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [
      {
        value: "20",
        dueOn: "2024-12-31",
        label: "20% of defence expenditure on major equipment within a decade",
        labelFr: fr("20 % des dépenses de défense pour les équipements majeurs d’ici une décennie"),
        ...wales,
      },
    ],
  },
];

/**
 * Fills the database with what it lacks of the seed; returns how many rows it inserted (audit rows
 * not counted). Two parts, each done at most once per database:
 *  - the first prediction, its source and its indicators, into an empty database only: once any
 *    prediction exists it does nothing, so it never brings back what editors have since renamed
 *    (an indicator's slug, say) nor adds to a prediction they keep;
 *  - the metrics of "Modernizing the military" and their targets, when that indicator of the seed
 *    prediction (found by its seeded slug, or a slug it had before editors renamed it) has no
 *    metric at all: a database seeded before metrics existed gets them on its next start. Metrics
 *    are never deleted, so once the indicator has one this does nothing again, and never touches
 *    what editors have changed since.
 *  - the French of every seeded text (seedFrench), filled into a database seeded before French
 *    existed, once, where it is still missing and the English is still the seed's.
 * Replicas starting at once take turns (an advisory lock), and the second finds the rows there.
 */
export async function seed(client) {
  let inserted = 0;
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('followthrough:seed'))");
    if (await isEmpty(client)) inserted += await seedFirstPrediction(client);
    inserted += await seedIndicatorMetrics(client);
    inserted += await seedFrench(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return inserted;
}

async function seedFirstPrediction(client) {
  let inserted = 0;
  const source = await client.query(
    `INSERT INTO sources (title, author, outlet, url, published_on, published_precision)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING id`,
    [seedSource.title, seedSource.author, seedSource.outlet, seedSource.url, seedSource.publishedOn, seedSource.publishedPrecision],
  );
  inserted += source.rowCount;
  const {
    rows: [{ id: sourceId }],
  } = await client.query("SELECT id FROM sources WHERE url = $1", [seedSource.url]);

  const prediction = await client.query(
    `INSERT INTO predictions (slug, title, claim, title_fr, claim_fr, source_id, horizon_on, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0) ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [
      seedPrediction.slug,
      seedPrediction.title,
      seedPrediction.claim,
      seedPrediction.titleFr,
      seedPrediction.claimFr,
      sourceId,
      seedPrediction.horizonOn,
    ],
  );
  inserted += prediction.rowCount;
  const {
    rows: [{ id: predictionId }],
  } = await client.query("SELECT id FROM predictions WHERE slug = $1", [seedPrediction.slug]);

  for (const [position, indicator] of seedIndicators.entries()) {
    const result = await client.query(
      `INSERT INTO indicators (prediction_id, slug, title, criteria, theme, title_fr, criteria_fr, theme_fr, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (slug) DO NOTHING`,
      [
        predictionId,
        indicator.slug,
        indicator.title,
        indicator.criteria,
        indicator.theme,
        indicator.titleFr,
        indicator.criteriaFr,
        indicator.themeFr,
        position,
      ],
    );
    inserted += result.rowCount;
  }
  return inserted;
}

async function seedIndicatorMetrics(client) {
  const { rows } = await client.query(
    `SELECT i.id FROM indicators i
       JOIN predictions p ON p.id = i.prediction_id
       JOIN sources s ON s.id = p.source_id
      WHERE s.url = $1
        AND (i.slug = $2 OR i.id IN (SELECT target_id FROM slug_redirects WHERE kind = 'indicator' AND slug = $2))
        AND NOT EXISTS (SELECT 1 FROM metrics m WHERE m.indicator_id = i.id)
      ORDER BY i.id LIMIT 1`,
    [seedSource.url, seedMetricsIndicatorSlug],
  );
  if (rows.length === 0) return 0;
  const indicatorId = rows[0].id;
  let inserted = 0;
  for (const [position, { targets, ...metric }] of seedMetrics.entries()) {
    const {
      rows: [row],
    } = await client.query({
      text: `INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals, direction, position,
                                  title_fr, definition_fr, unit_fr)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      values: [
        indicatorId,
        metric.slug,
        metric.title,
        metric.definition,
        metric.unit,
        metric.unitKind,
        metric.decimals,
        metric.direction,
        position,
        metric.titleFr,
        metric.definitionFr,
        metric.unitFr,
      ],
      types: AS_PRISMA_WRITES_JSON,
    });
    await auditSeedWrite(client, "metric.create", "metric", row);
    inserted++;
    for (const target of targets) {
      const {
        rows: [targetRow],
      } = await client.query({
        text: `INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on,
                                             label_fr, commitment_title_fr)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        values: [
          row.id,
          target.value,
          target.dueOn,
          target.label,
          target.commitmentTitle,
          target.commitmentUrl,
          target.committedOn,
          target.labelFr,
          target.commitmentTitleFr,
        ],
        types: AS_PRISMA_WRITES_JSON,
      });
      await auditSeedWrite(client, "metric_target.create", "metric_target", targetRow);
      inserted++;
    }
  }
  return inserted;
}

/** A seeded row, found by its slug or a slug it had before editors renamed it (slug_redirects). */
const bySlug = (table, kind) =>
  `(${table}.slug = $2 OR ${table}.id IN (SELECT target_id FROM slug_redirects WHERE kind = '${kind}' AND slug = $2))`;

/**
 * The French of the seed's prediction, indicators, metrics and targets, for rows seeded before
 * French existed: a column is filled only when it is NULL and its English twin is still the
 * seed's text (an editor who rewrote the English would otherwise get a French that says something
 * else). Each filled row is recorded as an update, with its version moved on, as an edit is; returns
 * how many rows were filled. Rows seeded with their French, or translated by editors, are left as they are.
 */
async function seedFrench(client) {
  let filled = 0;
  const [prediction] = await select(
    client,
    `SELECT predictions.* FROM predictions JOIN sources s ON s.id = predictions.source_id WHERE s.url = $1 AND ${bySlug("predictions", "prediction")}
      ORDER BY predictions.id LIMIT 1`,
    [seedSource.url, seedPrediction.slug],
  );
  if (!prediction) return 0;
  filled += await fillFrench(client, "prediction", prediction, seedPrediction, ["title", "claim"]);
  for (const indicator of seedIndicators) {
    const [row] = await select(
      client,
      `SELECT indicators.* FROM indicators WHERE prediction_id = $1 AND ${bySlug("indicators", "indicator")} ORDER BY id LIMIT 1`,
      [prediction.id, indicator.slug],
    );
    if (row) filled += await fillFrench(client, "indicator", row, indicator, ["title", "criteria", "theme"]);
  }
  const [metricsIndicator] = await select(
    client,
    `SELECT indicators.id FROM indicators WHERE prediction_id = $1 AND ${bySlug("indicators", "indicator")} ORDER BY id LIMIT 1`,
    [prediction.id, seedMetricsIndicatorSlug],
  );
  for (const metric of metricsIndicator ? seedMetrics : []) {
    const [row] = await select(client, "SELECT * FROM metrics WHERE indicator_id = $1 AND slug = $2", [metricsIndicator.id, metric.slug]);
    if (!row) continue;
    filled += await fillFrench(client, "metric", row, metric, ["title", "definition", "unit"]);
    for (const target of metric.targets) {
      const [targetRow] = await select(
        client,
        "SELECT * FROM metric_targets WHERE metric_id = $1 AND due_on = $2 AND commitment_url = $3 ORDER BY id LIMIT 1",
        [row.id, target.dueOn, target.commitmentUrl],
      );
      if (targetRow) filled += await fillFrench(client, "metric_target", targetRow, target, ["label", "commitmentTitle"]);
    }
  }
  return filled;
}

const TABLES = { prediction: "predictions", indicator: "indicators", metric: "metrics", metric_target: "metric_targets" };
const snakeCase = (field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function select(client, text, values) {
  return (await client.query({ text, values, types: AS_PRISMA_WRITES_JSON })).rows;
}

/** Fills `row`'s empty French columns of `fields` from `seeded`, where its English is still the seed's; 1 when it filled any. */
async function fillFrench(client, kind, row, seeded, fields) {
  const columns = fields
    .filter((field) => row[`${snakeCase(field)}_fr`] === null && row[snakeCase(field)] === seeded[field])
    .map((field) => ({ column: `${snakeCase(field)}_fr`, value: seeded[`${field}Fr`] }));
  if (columns.length === 0) return 0;
  const sets = columns.map(({ column }, index) => `"${column}" = $${index + 2}`);
  // Targets have no version: they are part of their metric.
  if (kind !== "metric_target") sets.push("version = version + 1");
  const [after] = await select(client, `UPDATE ${TABLES[kind]} SET ${sets.join(", ")}, updated_at = now() WHERE id = $1 RETURNING *`, [
    row.id,
    ...columns.map(({ value }) => value),
  ]);
  await auditSeedWrite(client, `${kind}.update`, kind, after, row);
  return 1;
}

// The seed's audit rows hold the record as the app's own writes do (lib/writes/audit.ts, from
// Prisma's records): camelCase fields, dates as ISO strings, decimals as plain numbers in text.
const PG_NUMERIC = 1700;
const PG_DATE = 1082;
const AS_PRISMA_WRITES_JSON = {
  getTypeParser(oid, format) {
    if (oid === PG_NUMERIC) return (text) => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);
    if (oid === PG_DATE) return (text) => `${text}T00:00:00.000Z`;
    return pg.types.getTypeParser(oid, format);
  },
};
const camelCase = (row) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), value]));

/** An audit row of a seed write: no user (written at first run, as the admin bootstrap's are). */
function auditSeedWrite(client, action, entityType, row, before = null) {
  return client.query(`INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after) VALUES (NULL, $1, $2, $3, $4, $5)`, [
    action,
    entityType,
    String(row.id),
    before && JSON.stringify(camelCase(before)),
    JSON.stringify(camelCase(row)),
  ]);
}

/** True when nothing editorial exists yet (no source, prediction or indicator): the seed fills only such a database. */
export async function isEmpty(client) {
  const { rows } = await client.query(
    "SELECT NOT EXISTS (SELECT 1 FROM predictions) AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM indicators) AS empty",
  );
  return rows[0].empty;
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runWithDatabase } = await import("../server/database/database.mjs");
  const { applyMigrations } = await import("../server/database/migrations.mjs");
  await runWithDatabase(async (url) => {
    await applyMigrations(url);
    const inserted = await withClient(url, seed);
    console.log(inserted ? `Seeded ${inserted} row(s).` : "Seed data already present; nothing to do.");
  });
}
