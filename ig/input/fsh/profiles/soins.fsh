// Soins : observations médicales, actes, circuit du médicament.

Profile: DuiObservationMedicale
Parent: Observation
Id: dui-observation-medicale
Title: "Observation médicale ou paramédicale"
Description: """Observation saisie ou reçue pour l'usager (SOI-2) : examen clinique, résultat, état (dont les items du
DLU : désorientation, chutes, risque d'escarre…). Les constantes suivent les profils de signes vitaux de FR Core. Une
observation peut être réservée à l'équipe médicale (meta.security = restricted)."""
* status MS
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains duiCategorie 1..1 MS
* category[duiCategorie] = $dui-categorie-observation#observation-medicale
* code 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* encounter MS
* effective[x] 1..1 MS
* performer 1..* MS
* performer only Reference(DuiRoleProfessionnel or DuiProfessionnel or DuiOrganisationPartenaire or DuiEtablissement)
* value[x] MS
* note MS
* obeys dui-observation-valeur

Invariant: dui-observation-valeur
Description: "Une observation disponible (final, amended, corrected) porte une valeur, des composants ou une note."
Expression: "(status = 'final' or status = 'amended' or status = 'corrected') implies (value.exists() or component.exists() or note.exists() or dataAbsentReason.exists())"
Severity: #error

Profile: DuiActe
Parent: Procedure
Id: dui-acte
Title: "Acte médical ou paramédical"
Description: "Acte réalisé auprès de l'usager : soin infirmier, pansement, séance de rééducation… (SOI-1)."
* status MS
* code 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* encounter MS
* performed[x] 1..1 MS
* performer 1..* MS
* performer.actor only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* basedOn MS
* note MS

Profile: DuiPrescription
Parent: MedicationRequest
Id: dui-prescription
Title: "Prescription médicamenteuse"
Description: """Prescription d'un médicament pour l'usager (SOI-3, SOI-6), avec sa validation pharmaceutique : à valider,
validée, validée avec réserve ou refusée par le pharmacien (PUI ou officine partenaire)."""
* status MS
* intent MS
* medication[x] 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* encounter MS
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* dosageInstruction 1..* MS
* dosageInstruction.text MS
* dosageInstruction.timing MS
* dosageInstruction.doseAndRate MS
* dispenseRequest MS
* substitution MS
* note MS
* extension contains DuiValidationPharmaceutique named validationPharmaceutique 0..1 MS

Extension: DuiValidationPharmaceutique
Id: dui-validation-pharmaceutique
Title: "Validation pharmaceutique"
Description: "Analyse de la prescription par le pharmacien : statut, auteur, date et commentaire."
Context: MedicationRequest
* extension contains statut 1..1 MS and pharmacien 0..1 MS and date 0..1 MS and commentaire 0..1 MS
* extension[statut].value[x] only CodeableConcept
* extension[statut].valueCodeableConcept from dui-vs-statut-validation-pharmaceutique (required)
* extension[pharmacien].value[x] only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* extension[date].value[x] only dateTime
* extension[commentaire].value[x] only string
* obeys dui-validation-auteur

Invariant: dui-validation-auteur
Description: "Une prescription validée ou refusée dit par quel pharmacien et quand."
Expression: "extension.where(url = 'statut').value.coding.where(code != 'a-valider').exists() implies (extension.where(url = 'pharmacien').exists() and extension.where(url = 'date').exists())"
Severity: #error

Profile: DuiAdministration
Parent: MedicationAdministration
Id: dui-administration
Title: "Administration médicamenteuse"
Description: """Administration (ou non) d'un médicament prescrit (SOI-6) : donné (completed), refusé ou non donné
(not-done) avec son motif."""
* status MS
* status ^short = "completed (donné), not-done (non donné ou refusé), in-progress, stopped"
* statusReason MS
* statusReason from dui-vs-motif-non-administration (extensible)
* medication[x] 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* context MS
* effective[x] 1..1 MS
* performer 1..* MS
* performer.actor only Reference(DuiRoleProfessionnel or DuiProfessionnel)
* request 1..1 MS
* request only Reference(DuiPrescription)
* dosage MS
* note MS
* obeys dui-administration-motif

Invariant: dui-administration-motif
Description: "Un médicament non administré (not-done) en donne le motif (refus de l'usager, absence…)."
Expression: "status = 'not-done' implies statusReason.exists()"
Severity: #error

Profile: DuiDispensation
Parent: MedicationDispense
Id: dui-dispensation
Title: "Dispensation"
Description: "Délivrance par la pharmacie des médicaments d'une prescription (SOI-6)."
* status MS
* medication[x] 1..1 MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* performer MS
* authorizingPrescription 1..* MS
* authorizingPrescription only Reference(DuiPrescription)
* quantity MS
* whenHandedOver MS
