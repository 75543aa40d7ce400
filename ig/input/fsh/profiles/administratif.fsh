// Gestion administrative : contrats (DIPEC, contrat de séjour), prestations sociales.

Profile: DuiContrat
Parent: Contract
Id: dui-contrat
Title: "Contrat de séjour, DIPEC ou contrat de prestations"
Description: """Document contractuel entre l'usager et l'établissement (GAD-1) : contrat de séjour, document individuel
de prise en charge (DIPEC) ou contrat de prestations, ses avenants et les signatures recueillies."""
* status MS
* type 1..1 MS
* type from dui-vs-type-contrat (required)
* subject 1..* MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* authority MS
* authority only Reference(DuiEtablissement or DuiOrganisationGestionnaire)
* issued 1..1 MS
* applies 1..1 MS
* applies.start 1..1
* title MS
* signer MS
* signer.party only Reference(DuiUsager or DuiUsagerIns or DuiEntourage or DuiRoleProfessionnel or DuiProfessionnel or DuiEtablissement)
* legallyBinding[x] MS
* legallyBinding[x] only Attachment or Reference(DuiDocument)
* obeys dui-contrat-signe

Invariant: dui-contrat-signe
Description: "Un contrat en vigueur (executed) porte au moins deux signatures : l'usager (ou son représentant) et l'établissement."
Expression: "status = 'executed' implies signer.count() >= 2"
Severity: #error

Profile: DuiPrestationSociale
Parent: Coverage
Id: dui-prestation-sociale
Title: "Prestation sociale ou droit"
Description: """Droit ou prestation dont bénéficie l'usager (GAD-2) : APA, PCH, AAH, aide sociale à l'hébergement…,
avec l'organisme payeur et sa période de validité, dont l'échéance déclenche une alerte."""
* status MS
* type 1..1 MS
* type from dui-vs-prestation-sociale (extensible)
* beneficiary MS
* beneficiary only Reference(DuiUsager or DuiUsagerIns)
* payor 1..* MS
* payor only Reference(DuiOrganisationPartenaire or DuiEtablissement or DuiOrganisationGestionnaire)
* payor ^short = "Organisme payeur (conseil départemental, CAF, MDPH…)"
* period 1..1 MS
* period.start 1..1 MS
* period.end MS
* period.end ^short = "Date d'échéance"
* subscriberId MS
* subscriberId ^short = "N° de dossier ou d'allocataire"
