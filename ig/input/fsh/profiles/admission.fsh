// Admission : demande d'admission, liste d'attente à l'échelle de l'OG, décision d'orientation MDPH.

Profile: DuiDemandeAdmission
Parent: ServiceRequest
Id: dui-demande-admission
Title: "Demande d'admission"
Description: """Demande d'admission d'une personne dans un ou plusieurs établissements d'un même organisme gestionnaire
(ADM-1). Le suivi de la demande dans chaque établissement (liste d'attente) est une tâche « Inscription en liste
d'attente »."""
* status MS
* intent = #proposal
* category 1..1 MS
* category = $dui-demande-type#admission
* code 1..1 MS
* code from dui-vs-temporalite-accueil (extensible)
* code ^short = "Prise en charge demandée (hébergement permanent, temporaire, accueil de jour…)"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* authoredOn 1..1 MS
* authoredOn ^short = "Date de réception de la demande"
* requester MS
* requester only Reference(DuiEntourage or DuiUsager or DuiUsagerIns or DuiProfessionnel or DuiRoleProfessionnel or DuiOrganisationPartenaire or DuiEtablissement)
* performer 1..* MS
* performer only Reference(DuiEtablissement)
* performer ^short = "Établissements sollicités (du même OG)"
* reasonCode MS
* supportingInfo MS
* supportingInfo ^short = "Notification d'orientation MDPH, dossier de demande, évaluation initiale"
* note MS
* extension contains DuiExtOrigineDemande named origine 0..1 MS

Extension: DuiExtOrigineDemande
Id: dui-origine-demande
Title: "Origine de la demande"
Description: "Qui a fait la demande d'admission (usager, famille, hôpital, ViaTrajectoire, MDPH…)."
Context: ServiceRequest
* value[x] only CodeableConcept
* valueCodeableConcept from dui-vs-origine-demande (extensible)

Profile: DuiListeAttente
Parent: Task
Id: dui-liste-attente
Title: "Inscription en liste d'attente"
Description: """Suivi d'une demande d'admission dans un établissement : son statut (JDV_J252 : 42 en cours d'analyse,
72 admissible, 71 admis, 47 entré, 48 sorti…) est dans businessStatus et son historique dans les versions de la
ressource. Une demande adressée à plusieurs établissements a une inscription par établissement."""
* status MS
* intent = #order
* code 1..1 MS
* code = $dui-demande-type#liste-attente
* businessStatus 1..1 MS
* businessStatus from $JDV-J252 (required)
* businessStatus ^short = "Statut dans l'ESSMS (JDV_J252)"
* focus 1..1 MS
* focus only Reference(DuiDemandeAdmission)
* for 1..1 MS
* for only Reference(DuiUsager or DuiUsagerIns)
* owner 1..1 MS
* owner only Reference(DuiEtablissement)
* owner ^short = "Établissement où la demande est instruite"
* authoredOn 1..1 MS
* lastModified MS
* priority MS
* note MS
* statusReason MS
* input MS
* input ^slicing.discriminator.type = #pattern
* input ^slicing.discriminator.path = "type"
* input ^slicing.rules = #open
* input contains gir 0..1 MS and premierContact 0..1 MS
* input[gir] ^short = "GIR à la demande (filtre de la liste d'attente)"
* input[gir].type = $dui-demande-type#gir
* input[gir].value[x] only CodeableConcept
* input[gir].valueCodeableConcept from dui-vs-gir (required)
* input[premierContact] ^short = "Premier contact ou visite de pré-admission planifié (ADM-2)"
* input[premierContact].type = $dui-demande-type#premier-contact
* input[premierContact].value[x] only Reference(DuiEvenement)

Profile: DuiDecisionOrientation
Parent: Basic
Id: dui-decision-orientation
Title: "Décision d'orientation (MDPH)"
Description: """Décision de la CDAPH notifiée par la MDPH : orientation vers un type d'ESSMS, droit ou prestation, avec
sa période de validité (ADM-6). La notification elle-même est un document (DocumentReference)."""
* code 1..1 MS
* code from dui-vs-decision-mdph (extensible)
* code ^short = "Nature de la décision (orientation ESMS enfants, adultes, PCH…)"
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* created 1..1 MS
* created ^short = "Date de la décision"
* author MS
* author only Reference(DuiOrganisationPartenaire or DuiEtablissement or DuiOrganisationGestionnaire)
* author ^short = "MDPH"
* extension contains DuiPeriodeValidite named validite 1..1 MS and DuiNotification named notification 0..1 MS

Extension: DuiPeriodeValidite
Id: dui-periode-validite
Title: "Période de validité"
Description: "Période pendant laquelle une décision, un droit ou un accord est valable ; les alertes d'échéance en partent."
Context: Basic, Consent
* value[x] only Period
* valuePeriod.start 1..1

Extension: DuiNotification
Id: dui-notification
Title: "Notification"
Description: "Document qui notifie la décision (courrier de la MDPH)."
Context: Basic
* value[x] only Reference(DuiDocument)
