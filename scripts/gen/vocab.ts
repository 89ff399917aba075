// Word lists for the synthetic site: a health wiki in the style of the sample (and of the seed site),
// with names in several scripts and the punctuation real page names carry.

const words = (s: string): string[] => s.trim().split(/\s+/);
const lines = (s: string): string[] =>
  s
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const topics = lines(`
  Vitamin D
  Vitamin K2
  Magnesium
  Omega-3
  Zinc
  Boron
  Iodine
  Vitamin B12
  Folate
  Calcium
  Sunlight
  UVB
  Pregnancy
  Breastfeeding
  Infant-Child
  Seniors
  Obesity
  Diabetes
  Cancer
  Breast Cancer
  Prostate Cancer
  Colon Cancer
  COVID-19
  Influenza
  Tuberculosis
  Autism
  Depression
  Multiple Sclerosis
  Psoriasis
  Asthma
  Bone Density
  Fractures
  Falls
  Muscle Strength
  Athletes
  Heart Disease
  Hypertension
  Stroke
  Kidney Disease
  Liver Disease
  Dark Skin
  Latitude
  Genetics
  VDR
  Blood Test
  Loading Dose
  Toxicity
  Cofactors
  Calcitriol
  Sepsis
  ICU
  Dementia
  Alzheimer's
  Thyroid
  Fertility
  Preeclampsia
  Gestational Diabetes
  Rickets
  Osteoporosis
  Periodontal Disease
`);

export const qualifiers = lines(`
  dosage
  deficiency
  and mortality
  meta-analysis
  RCT
  review
  FAQ
  overview
  in winter
  in the elderly
  in children
  and genes
  — a summary
  study 2019
  by country
  guidelines
  questions
  reader survey
  chart
  clinical trial
`);

export const months = words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');

export const foreignNames = lines(`
  ビタミンDと日光
  維生素D缺乏
  Витамин D и здоровье
  Βιταμίνη D
  비타민 D
  Vitamina D e gravidanza
  Café au lait et vitamine D
  Naïve T cells
  Über Vitamin D
  Ação da vitamina D
`);

export const punctuatedNames = lines(`
  Q&A: Vitamin D
  100% of doctors agree?
  Vitamin D / K2 ratio
  Omega-3 + Vitamin D
  C++ for the data team
  Why 25(OH)D?
  "Sunshine" vitamin
  Dr. Smith's notes
  Vitamin D, Magnesium, and Zinc
  Tom & Jerry's sunlight
`);

export const prose = words(`
  vitamin levels serum supplementation daily dose study trial patients risk increased reduced
  associated significant group placebo participants weeks months years higher lower winter summer
  skin sunlight response blood test result range optimal deficiency insufficiency adults children
  infants mothers pregnancy outcomes incidence mortality cohort analysis evidence effect doses
  receptor gene expression immune function inflammation bone muscle calcium absorption kidney liver
  conversion active form storage fat tissue weight obesity diabetes insulin glucose heart pressure
  cancer tumor survival treatment therapy hospital admission infection respiratory season latitude
  elderly nursing home falls fractures density strength balance cognitive decline memory mood sleep
  fatigue pain arthritis autoimmune thyroid fertility birth weight preterm breastfeeding formula
  the of and to in a is that for with as was on by at from this were be are or which an not
  the of and to in a is that for with as the of and to in a the of the and
`);

export const headingWords = lines(`
  Overview
  Sources
  How much is enough
  Dosage
  Blood levels
  Studies
  Clinical trials
  Meta-analyses
  Risks and side effects
  Cofactors
  Who is at risk
  Children
  Pregnancy
  Seniors
  Summary
  See also
  References
  Background
  Methods
  Results
  Conclusion
  Notes
  FAQ
  Getting started!
  What the doctors say
  Comments from readers
  Related pages
  Why it matters
  Charts
  Data: 2010–2020
`);

export const languages = words('python javascript sql bash php r json text');

export const users = words(`admin jsmith drbob maria.k jöhn henry w.smith anna_l pierre k.tanaka
  lucia olga dave99 emma.r noor tomasz sven liang ines rahul`);

export const domains = words('pubmed.ncbi.nlm.nih.gov doi.org example.org www.grassrootshealth.net clinicaltrials.gov www.youtube.com en.wikipedia.org');

export const remarkTypes = words('tip note warning errors comment confirm information');

export const dynamicPlugins = lines(`
  {LISTPAGES(categId=12 max=20)/}
  {BACKLINKS()/}
  {TRACKERLIST(trackerId=3 fields=1:2:3)}{TRACKERLIST}
  {rss id=1 max=5}
  {CATEGORY(categId=4)}{CATEGORY}
  {ARTICLES(max=5)/}
  {poll pollId=2}
  {TITLESEARCH(search="vitamin")/}
`);
