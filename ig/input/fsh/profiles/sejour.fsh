// Séjour (prise en charge), événements et interventions, présences et absences.

Profile: DuiSejour
Parent: Encounter
Id: dui-sejour
Title: "Séjour ou prise en charge"
Description: """Période pendant laquelle un établissement ou service accompagne l'usager (séjour en EHPAD, prise en
charge SSIAD, accompagnement IME…), de l'admission à la sortie, avec les modes d'entrée et de sortie et la modalité
d'accueil. Les transferts entre établissements d'un même OG sont des séjours successifs (ACC-4)."""
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains idSejour 1..1 MS
* identifier[idSejour].system = $id-sejour (exactly)
* identifier[idSejour].value 1..1
* identifier[idSejour].value ^short = "3+FINESS/idLocalUsager-SEJOUR-n (convention TDDUI)"
* identifier[idSejour] obeys dui-id-sejour
* status MS
* class MS
* class = $v3-ActCode#HH
* class ^short = "HH (prise en charge à domicile ou en établissement médico-social)"
* serviceType MS
* serviceType from $JDV-J226 (extensible)
* serviceType ^short = "Modalité d'accueil (JDV_J226)"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* serviceProvider 1..1 MS
* serviceProvider only Reference(DuiEtablissement)
* period 1..1 MS
* period.start 1..1 MS
* period.start ^short = "Date d'entrée"
* period.end MS
* period.end ^short = "Date de sortie"
* hospitalization.origin MS
* hospitalization.origin ^short = "Structure de provenance"
* hospitalization.dischargeDisposition MS
* hospitalization.dischargeDisposition from dui-vs-mode-sortie (extensible)
* hospitalization.dischargeDisposition ^short = "Mode de sortie"
* hospitalization.admitSource MS
* hospitalization.admitSource from dui-vs-mode-entree (extensible)
* hospitalization.admitSource ^short = "Mode d'entrée"
* partOf 0..0
* extension contains
    DuiDateAdmission named dateAdmission 0..1 MS and
    DuiExtTemporaliteAccueil named temporalite 1..1 MS
* obeys dui-sejour-sortie

Invariant: dui-id-sejour
Description: "L'identifiant du séjour suit la convention TDDUI : 3 + FINESS / identifiant local de l'usager -SEJOUR- numéro."
Expression: "value.matches('^3([0-9]{2}|2A|2B)[0-9]{7}/[^ /]+-SEJOUR-[^ ]+$')"
Severity: #error

Invariant: dui-sejour-sortie
Description: "Un séjour terminé (statut finished) a une date de sortie et un mode de sortie."
Expression: "status = 'finished' implies (period.end.exists() and hospitalization.dischargeDisposition.exists())"
Severity: #error

Extension: DuiDateAdmission
Id: dui-date-admission
Title: "Date d'admission"
Description: "Date de la décision d'admission, qui peut précéder la date d'entrée."
Context: Encounter
* value[x] only date

Extension: DuiExtTemporaliteAccueil
Id: dui-temporalite-accueil
Title: "Temporalité de l'accueil"
Description: "Hébergement permanent ou temporaire, accueil de jour, de nuit, séquentiel, accompagnement à domicile."
Context: Encounter, ServiceRequest
* value[x] only CodeableConcept
* valueCodeableConcept from dui-vs-temporalite-accueil (extensible)

Profile: DuiEvenement
Parent: Encounter
Id: dui-evenement
Title: "Événement, intervention ou activité"
Description: """Rendez-vous, intervention, activité collective ou individuelle, visite de pré-admission : ce qui est
planifié dans l'agenda de l'usager et des professionnels (COO-1, COO-6, REL-2), puis réalisé ou annulé (COO-4)."""
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains idEvenement 0..1 MS
* identifier[idEvenement].system = $id-evenement (exactly)
* identifier[idEvenement].value ^short = "3+FINESS/idLocalUsager-EVN-n (convention TDDUI)"
* status MS
* status ^short = "planned (planifié), in-progress, finished (réalisé), cancelled (annulé)"
* class MS
* type 1..* MS
* type from dui-vs-type-evenement (extensible)
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns or Group)
* subject ^short = "Usager, ou groupe d'usagers pour une activité collective"
* participant MS
* participant.individual MS
* participant.individual only Reference(DuiProfessionnel or DuiRoleProfessionnel or DuiEntourage)
* participant.extension contains DuiPresent named present 0..1 MS
* period 1..1 MS
* period.start 1..1 MS
* reasonCode MS
* location MS
* serviceProvider MS
* serviceProvider only Reference(DuiEtablissement)
* partOf MS
* partOf only Reference(DuiSejour)
* partOf ^short = "Séjour au cours duquel a lieu l'événement"
* extension contains DuiUsagerPresent named usagerPresent 0..1 MS and DuiMotifAnnulation named motifAnnulation 0..1 MS
* obeys dui-evenement-annule

Invariant: dui-evenement-annule
Description: "Un événement annulé en donne le motif."
Expression: "status = 'cancelled' implies extension.where(url = 'https://dui-libre.fr/fhir/StructureDefinition/dui-motif-annulation').exists()"
Severity: #error

Extension: DuiPresent
Id: dui-present
Title: "Présent"
Description: "Le participant était présent (true) ou absent (false)."
Context: Encounter.participant
* value[x] only boolean

Extension: DuiUsagerPresent
Id: dui-usager-present
Title: "Présence de l'usager"
Description: "L'usager était présent à l'événement (true) ou absent (false)."
Context: Encounter
* value[x] only boolean

Extension: DuiMotifAnnulation
Id: dui-motif-annulation
Title: "Motif d'annulation"
Description: "Pourquoi l'événement n'a pas eu lieu."
Context: Encounter
* value[x] only CodeableConcept or string

Profile: DuiAgendaUsager
Parent: $fr-core-schedule
Id: dui-agenda-usager
Title: "Agenda de présence de l'usager"
Description: "Agenda qui porte les présences et absences d'un usager dans un établissement ou service."
* actor 1..* MS
* actor only Reference(DuiUsager or DuiUsagerIns)
* active MS
* planningHorizon MS

Profile: DuiPresenceAbsence
Parent: $fr-core-slot
Id: dui-presence-absence
Title: "Présence ou absence"
Description: """Présence ou absence de l'usager sur une période (journée, demi-journée, nuit) : absences pour
hospitalisation, vacances, séjour en famille… (COO-4). Une absence en donne le motif."""
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains idPresence 0..1 MS
* identifier[idPresence].system = $id-presence (exactly)
* schedule MS
* schedule only Reference(DuiAgendaUsager)
* serviceType 1..1 MS
* serviceType from dui-vs-type-presence (required)
* serviceType ^short = "Présence, absence ou absence prévue"
* start MS
* end MS
* status MS
* comment MS
* extension contains DuiExtMotifAbsence named motifAbsence 0..1 MS
* obeys dui-absence-motif

Invariant: dui-absence-motif
Description: "Une absence (réalisée ou prévue) en donne le motif."
Expression: "serviceType.coding.where(code = 'absence' or code = 'absence-prevue').exists() implies extension.where(url = 'https://dui-libre.fr/fhir/StructureDefinition/dui-motif-absence').exists()"
Severity: #error

Extension: DuiExtMotifAbsence
Id: dui-motif-absence
Title: "Motif d'absence"
Description: "Motif de l'absence de l'usager : hospitalisation, vacances, séjour en famille…"
Context: Slot
* value[x] only CodeableConcept
* valueCodeableConcept from dui-vs-motif-absence (required)
