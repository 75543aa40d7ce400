// Relation usager : consentements, communications.

Profile: DuiConsentement
Parent: Consent
Id: dui-consentement
Title: "Consentement ou opposition"
Description: """Consentement ou opposition de l'usager (ou de son représentant) : partage d'informations, alimentation du
DMP, droit à l'image, accès de la personne de confiance, accord sur le projet personnalisé (ADM-4, REL-5). La preuve
signée est un document référencé."""
* status MS
* scope MS
* category 1..* MS
* category ^slicing.discriminator.type = #value
* category ^slicing.discriminator.path = "coding.system"
* category ^slicing.rules = #open
* category contains duiType 1..1 MS
* category[duiType] from dui-vs-type-consentement (required)
* category[duiType].coding 1..1
* category[duiType].coding.system 1..1
* category[duiType].coding.system = $dui-type-consentement (exactly)
* patient 1..1 MS
* patient only Reference(DuiUsager or DuiUsagerIns)
* dateTime 1..1 MS
* performer 1..* MS
* performer only Reference(DuiUsager or DuiUsagerIns or DuiEntourage)
* performer ^short = "Qui a consenti : l'usager, ou son représentant légal"
* organization MS
* organization only Reference(DuiEtablissement or DuiOrganisationGestionnaire)
* source[x] MS
* source[x] only Attachment or Reference(DuiDocument)
* policyRule MS
* policyRule ^short = "OPTIN (consentement) ou OPTOUT (opposition), si aucune politique n'est référencée"
* provision 1..1 MS
* provision.type 1..1 MS
* provision.type ^short = "permit (consentement) ou deny (opposition)"
* provision.period MS
* provision.actor MS
* provision.data MS
* extension contains DuiPeriodeValidite named validite 0..1 MS

Profile: DuiCommunication
Parent: Communication
Id: dui-communication
Title: "Communication"
Description: """Information envoyée à l'usager, à un professionnel ou à un partenaire, et échanges tracés (COO-5, REL-1,
REL-3) ; un message MSSanté sortant ou reçu en est aussi une."""
* status MS
* category 1..* MS
* category from dui-vs-categorie-communication (extensible)
* subject MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* sent MS
* received MS
* sender 1..1 MS
* recipient 1..* MS
* payload 1..* MS
* topic MS
