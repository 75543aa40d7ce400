// Documents, signatures, traçabilité.

Profile: DuiDocument
Parent: DocumentReference
Id: dui-document
Title: "Document de l'usager"
Description: """Document du dossier (HAB-3) : fiche de synthèse, DLU, projet personnalisé, contrat, notification MDPH,
compte rendu… Le contenu est dans un Binary (url) ou inclus (data) ; les documents générés par le DUI ont aussi une
version FHIR (Composition)."""
* status MS
* docStatus MS
* type 1..1 MS
* type from dui-vs-type-document (extensible)
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* date 1..1 MS
* author MS
* author only Reference(DuiRoleProfessionnel or DuiProfessionnel or DuiUsager or DuiUsagerIns or DuiEntourage or DuiOrganisationPartenaire or DuiEtablissement)
* description MS
* securityLabel MS
* content 1..* MS
* content.attachment.contentType 1..1 MS
* content.attachment.title 1..1 MS
* content.attachment.url MS
* content.attachment.data MS
* content.attachment obeys dui-document-contenu
* context.encounter MS
* context.period MS

Invariant: dui-document-contenu
Description: "Un document a un contenu : inclus (data) ou désigné (url)."
Expression: "data.exists() or url.exists()"
Severity: #error

Profile: DuiSignature
Parent: Provenance
Id: dui-signature
Title: "Signature"
Description: "Trace qu'une personne a signé un document ou une ressource : qui, quoi, quand, en quelle qualité (HAB-2)."
* target 1..* MS
* recorded MS
* agent 1..* MS
* agent.who only Reference(DuiUsager or DuiUsagerIns or DuiEntourage or DuiRoleProfessionnel or DuiProfessionnel)
* signature 1..* MS
* signature.type 1..* MS
* signature.when MS
* signature.who MS
* signature.who only Reference(DuiUsager or DuiUsagerIns or DuiEntourage or DuiRoleProfessionnel or DuiProfessionnel)
* signature.sigFormat MS
* signature.data MS

Profile: DuiTrace
Parent: AuditEvent
Id: dui-trace
Title: "Trace d'accès"
Description: """Trace d'un accès au dossier (lecture, recherche, écriture, connexion, refus, bris de glace), alignée sur le
guide de traçabilité de l'ANS : qui (professionnel, usager, application), quoi (ressources et usagers concernés), quand,
d'où, avec quel résultat. Les traces sont chaînées entre elles pour déceler toute altération."""
* type MS
* subtype MS
* action 1..1 MS
* period MS
* recorded MS
* outcome 1..1 MS
* outcomeDesc MS
* agent 1..* MS
* agent.who MS
* agent.requestor MS
* agent.network MS
* source MS
* entity MS
* entity.what MS
* entity.type MS
* entity.role MS
