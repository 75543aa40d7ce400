// Projet personnalisé, évaluations (AGGIR et autres grilles), transmissions ciblées.

Profile: DuiProjetPersonnalise
Parent: CarePlan
Id: dui-projet-personnalise
Title: "Projet personnalisé"
Description: """Projet personnalisé de l'usager (ACC-3) : ses attentes, les objectifs retenus avec lui, les actions et
prestations qui les servent, la date de la prochaine révision et l'accord de l'usager (ou de son représentant)."""
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains idProjet 0..1 MS
* identifier[idProjet].system = $id-projet (exactly)
* identifier[idProjet].value ^short = "3+FINESS/idLocalUsager-PPER-n (convention TDDUI)"
* status MS
* status ^short = "draft (en préparation), active (en cours), on-hold (en pause), completed (terminé)"
* intent = #plan
* category 1..1 MS
* category from $JDV-J367 (required)
* category ^short = "Type de projet (TRE_R390 : PP, PPA, PAI…)"
* title 1..1 MS
* description MS
* description ^short = "Projet de vie, synthèse des attentes"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* period 1..1 MS
* period.start 1..1
* period ^short = "Période de mise en œuvre"
* author MS
* author only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* author ^short = "Référent du projet"
* contributor MS
* careTeam MS
* careTeam only Reference(DuiEquipe)
* goal MS
* goal only Reference(DuiAttente or DuiObjectif)
* activity MS
* activity.reference only Reference(DuiAction)
* supportingInfo MS
* supportingInfo ^short = "Accord de l'usager (Consent) et évaluations sur lesquelles le projet s'appuie"
* note MS
* extension contains DuiDateRevision named dateRevision 1..1 MS
* obeys dui-pp-actif-accord

Invariant: dui-pp-actif-accord
Description: "Un projet personnalisé en cours (active) ou terminé a l'accord de l'usager ou de son représentant (Consent dans supportingInfo)."
Expression: "(status = 'active' or status = 'completed') implies supportingInfo.where(reference.startsWith('Consent/') or reference.startsWith('urn:uuid:')).exists()"
Severity: #error

Extension: DuiDateRevision
Id: dui-date-revision
Title: "Date de révision"
Description: "Date à laquelle le projet personnalisé doit être réévalué (au moins une fois par an)."
Context: CarePlan
* value[x] only date

Profile: DuiAttente
Parent: Goal
Id: dui-attente
Title: "Attente de l'usager"
Description: "Attente exprimée par l'usager ou son entourage, recueillie pour le projet personnalisé."
* lifecycleStatus MS
* description MS
* description.text 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* expressedBy MS
* expressedBy only Reference(DuiUsager or DuiUsagerIns or DuiEntourage)
* startDate MS
* category = $dui-demande-type#attente
* extension contains DuiReferenceProjet named projet 1..1 MS

Profile: DuiObjectif
Parent: Goal
Id: dui-objectif
Title: "Objectif du projet personnalisé"
Description: "Objectif retenu avec l'usager, avec le résultat attendu et son échéance."
* lifecycleStatus MS
* achievementStatus MS
* description MS
* description.text 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* category = $dui-demande-type#objectif
* startDate MS
* target MS
* target.measure MS
* target.measure ^short = "Ce qui est mesuré (obligatoire dès qu'un résultat attendu est donné)"
* target.detail[x] MS
* target.dueDate MS
* expressedBy MS
* expressedBy only Reference(DuiRoleProfessionnel or DuiProfessionnel or DuiUsager or DuiUsagerIns)
* note MS
* extension contains DuiReferenceProjet named projet 1..1 MS

Extension: DuiReferenceProjet
Id: dui-reference-projet
Title: "Projet personnalisé"
Description: "Projet personnalisé auquel se rattache cette attente ou cet objectif."
Context: Goal
* value[x] only Reference(DuiProjetPersonnalise)

Profile: DuiAction
Parent: Task
Id: dui-action
Title: "Action ou prestation du projet personnalisé"
Description: "Action, prestation ou moyen mis en œuvre pour un objectif du projet personnalisé."
* basedOn 1..1 MS
* basedOn only Reference(DuiProjetPersonnalise)
* status MS
* intent = #plan
* code MS
* description 1..1 MS
* for 1..1 MS
* for only Reference(DuiUsager or DuiUsagerIns)
* owner MS
* owner only Reference(DuiRoleProfessionnel or DuiProfessionnel or DuiEtablissement or DuiEntourage)
* owner ^short = "Référent de l'action"
* executionPeriod MS
* reasonReference MS
* reasonReference only Reference(DuiObjectif)
* reasonReference ^short = "Objectif servi"

Profile: DuiEvaluation
Parent: QuestionnaireResponse
Id: dui-evaluation
Title: "Évaluation (grille remplie)"
Description: """Grille d'évaluation remplie pour un usager à un moment de son parcours (ACC-1, ADM-5) : AGGIR, autonomie,
risque de chute, douleur, nutrition… Le score qui en résulte (GIR pour AGGIR) est une Observation dérivée."""
* identifier MS
* questionnaire 1..1 MS
* status MS
* status ^short = "in-progress (en cours), completed (terminée), amended (corrigée)"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* encounter MS
* authored 1..1 MS
* author 1..1 MS
* author only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* source MS
* item 1..* MS

Profile: DuiGir
Parent: Observation
Id: dui-gir
Title: "GIR (groupe iso-ressources)"
Description: """Niveau de perte d'autonomie (GIR 1 à 6) calculé à partir d'une grille AGGIR ; c'est le GIR affiché sur la
fiche de synthèse."""
* status MS
* category 1..* MS
* category = $dui-categorie-observation#evaluation-score
* code 1..1 MS
* code = $dui-observation-code#gir
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* effective[x] 1..1 MS
* effective[x] only dateTime
* performer MS
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from dui-vs-gir (required)
* derivedFrom MS
* derivedFrom only Reference(DuiEvaluation)
* derivedFrom ^short = "Grille AGGIR dont le GIR est issu"

Profile: DuiTransmission
Parent: Observation
Id: dui-transmission
Title: "Transmission ciblée"
Description: """Transmission ciblée de l'équipe (ACC-2, COO-3) : une cible (douleur, sommeil, chute…) et ce qui a été
observé (données), fait (actions) et obtenu (résultats). La transmission est une Observation de catégorie
« transmission » dont le code est la cible ; le fil d'équipe se lit par date et par établissement."""
* status MS
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains transmission 1..1 MS
* category[transmission] = $dui-categorie-observation#transmission
* code 1..1 MS
* code from dui-vs-cible-transmission (extensible)
* code ^short = "Cible de la transmission"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* encounter MS
* encounter only Reference(DuiSejour or DuiEvenement)
* effective[x] 1..1 MS
* effective[x] only dateTime
* issued MS
* performer 1..* MS
* performer only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* value[x] 0..0
* component 1..* MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #closed
* component contains donnees 0..1 MS and actions 0..1 MS and resultats 0..1 MS
* component[donnees].code = $dui-observation-code#donnees
* component[donnees].value[x] only string
* component[donnees] ^short = "Données : ce qui a été observé"
* component[actions].code = $dui-observation-code#actions
* component[actions].value[x] only string
* component[actions] ^short = "Actions : ce qui a été fait"
* component[resultats].code = $dui-observation-code#resultats
* component[resultats].value[x] only string
* component[resultats] ^short = "Résultats : ce qui a été obtenu"
* obeys dui-transmission-contenu

Invariant: dui-transmission-contenu
Description: "Une transmission dit au moins ce qui a été observé (données) ou fait (actions)."
Expression: "component.where(code.coding.code = 'donnees' or code.coding.code = 'actions').exists()"
Severity: #error

Instance: dui-aggir
InstanceOf: Questionnaire
Usage: #definition
Title: "Grille AGGIR"
Description: "Grille nationale AGGIR : 10 variables discriminantes (et leurs sous-variables) cotées A, B ou C, 7 variables illustratives, et le GIR qui en résulte."
* url = "https://dui-libre.fr/fhir/Questionnaire/dui-aggir"
* name = "GrilleAGGIR"
* title = "Grille AGGIR (autonomie gérontologique groupes iso-ressources)"
* status = #active
* subjectType = #Patient
* code = $cisis#MED-1293 "Evaluation AGGIR PA SSIAD"
* item[0].linkId = "coherence"
* item[=].text = "Cohérence : converser et se comporter de façon sensée"
* item[=].type = #group
* item[=].item[0].linkId = "coherence.communication"
* item[=].item[=].text = "Communication"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
* item[=].item[+].linkId = "coherence.comportement"
* item[=].item[=].text = "Comportement"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
* insert AggirGroupe2(orientation, [[Orientation : se repérer dans le temps et les lieux]], temps, [[Dans le temps]], espace, [[Dans l'espace]])
* insert AggirGroupe2(toilette, [[Toilette : assurer son hygiène corporelle]], haut, [[Haut du corps]], bas, [[Bas du corps]])
* insert AggirGroupe3(habillage, [[Habillage : s'habiller, se déshabiller]], haut, [[Haut]], moyen, [[Moyen]], bas, [[Bas]])
* insert AggirGroupe2(alimentation, [[Alimentation : se servir et manger]], seServir, [[Se servir]], manger, [[Manger]])
* insert AggirGroupe2(elimination, [[Élimination : assurer l'hygiène de l'élimination]], urinaire, [[Urinaire]], fecale, [[Fécale]])
* insert AggirVariable(transferts, [[Transferts : se lever, se coucher, s'asseoir]])
* insert AggirVariable(deplacementInterieur, [[Déplacements à l'intérieur]])
* insert AggirVariable(deplacementExterieur, [[Déplacements à l'extérieur]])
* insert AggirVariable(alerter, [[Alerter : utiliser un moyen de communication à distance]])
* insert AggirVariable(gestion, [[Gestion : gérer ses affaires, son budget, ses biens (illustrative)]])
* insert AggirVariable(cuisine, [[Cuisine : préparer ses repas (illustrative)]])
* insert AggirVariable(menage, [[Ménage : effectuer l'ensemble des travaux ménagers (illustrative)]])
* insert AggirVariable(transport, [[Transports : prendre ou commander un moyen de transport (illustrative)]])
* insert AggirVariable(achats, [[Achats : acquérir directement ou par correspondance (illustrative)]])
* insert AggirVariable(suiviTraitement, [[Suivi du traitement (illustrative)]])
* insert AggirVariable(tempsLibre, [[Activités de temps libre (illustrative)]])
* item[+].linkId = "gir"
* item[=].text = "GIR résultant"
* item[=].type = #choice
* item[=].readOnly = true
* item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-gir"

RuleSet: AggirVariable(linkId, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #choice
* item[=].required = true
* item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"

RuleSet: AggirGroupe2(linkId, text, s1, t1, s2, t2)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #group
* item[=].item[0].linkId = "{linkId}.{s1}"
* item[=].item[=].text = "{t1}"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
* item[=].item[+].linkId = "{linkId}.{s2}"
* item[=].item[=].text = "{t2}"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"

RuleSet: AggirGroupe3(linkId, text, s1, t1, s2, t2, s3, t3)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #group
* item[=].item[0].linkId = "{linkId}.{s1}"
* item[=].item[=].text = "{t1}"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
* item[=].item[+].linkId = "{linkId}.{s2}"
* item[=].item[=].text = "{t2}"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
* item[=].item[+].linkId = "{linkId}.{s3}"
* item[=].item[=].text = "{t3}"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].answerValueSet = "https://dui-libre.fr/fhir/ValueSet/dui-vs-aggir-modalite"
