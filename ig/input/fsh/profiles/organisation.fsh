// Organisme gestionnaire, établissement, professionnel et rôle.

Profile: DuiOrganisationGestionnaire
Parent: $fr-core-organization
Id: dui-organisation-gestionnaire
Title: "Organisme gestionnaire (OG)"
Description: """Personne morale qui gère un ou plusieurs établissements et services (entité juridique FINESS). Les
habilitations, la liste d'attente et les indicateurs s'étendent aux établissements d'un même OG, jamais au-delà."""
* identifier 1..* MS
* identifier[idNatSt] 1..1 MS
* identifier[idNatSt] ^short = "idNat_Struct : 1 + FINESS juridique"
* identifier[idNatSt].value obeys dui-idnatst-juridique
* name 1..1 MS
* name ^short = "Raison sociale"
* partOf 0..0
* telecom MS
* address MS

Profile: DuiEtablissement
Parent: $fr-core-organization
Id: dui-etablissement
Title: "Établissement ou service (ESSMS)"
Description: """Établissement ou service social ou médico-social (FINESS géographique) : EHPAD, IME, SSIAD, SAAD…
Il appartient à un organisme gestionnaire (partOf) et sa catégorie FINESS dit de quel type de structure il s'agit."""
* identifier 1..* MS
* identifier[finess] 1..1 MS
* identifier[finess] ^short = "N° FINESS géographique (9 caractères)"
* identifier[finess].value obeys dui-finess
* type 1..* MS
* type[categorieEtablissementRASS] 1..1 MS
* type[categorieEtablissementRASS] ^short = "Catégorie FINESS de l'établissement (TRE_R66) : 500 EHPAD, 183 IME, 354 SSIAD…"
* type[categorieEtablissementRASS] from dui-vs-categorie-essms (required)
* name 1..1 MS
* partOf 1..1 MS
* partOf only Reference(DuiOrganisationGestionnaire)
* partOf ^short = "Organisme gestionnaire"
* telecom MS
* address MS
* extension contains $fr-core-organization-capacity named capacite 0..1 MS
* extension[capacite] ^short = "Nombre de places installées"

Invariant: dui-finess
Description: "Un numéro FINESS compte 9 caractères : 2 pour le département (2A ou 2B pour la Corse) et 7 chiffres."
Expression: "matches('^([0-9]{2}|2A|2B)[0-9]{7}$')"
Severity: #error

Invariant: dui-idnatst-juridique
Description: "L'identifiant national d'une entité juridique est 1 suivi de son numéro FINESS juridique."
Expression: "matches('^1([0-9]{2}|2A|2B)[0-9]{7}$')"
Severity: #error

Profile: DuiProfessionnel
Parent: $fr-core-practitioner
Id: dui-professionnel
Title: "Professionnel"
Description: """Professionnel intervenant auprès des usagers : salarié de l'OG, libéral ou bénévole. Les professionnels
de santé sont identifiés par leur idNatPs (RPPS) ; les autres par un identifiant local (3 + FINESS / identifiant)."""
* identifier 1..* MS
* identifier[idNatPs] MS
* identifier[idNatPs] ^short = "Identifiant national (idNatPs) : 8 + RPPS, ou 3 + FINESS / identifiant local"
* name 1..* MS
* name.family 1..1 MS
* name.given 1..* MS
* telecom MS
* telecom ^short = "Téléphone, courriel et adresse MSSanté"

Profile: DuiRoleProfessionnel
Parent: $fr-core-practitioner-role
Id: dui-role-professionnel
Title: "Rôle du professionnel dans un établissement"
Description: """Exercice d'un professionnel dans un établissement : sa profession (qui fonde ses habilitations), son
rôle, sa période d'exercice et ses coordonnées professionnelles (dont l'adresse MSSanté)."""
* practitioner 1..1 MS
* practitioner only Reference(DuiProfessionnel)
* organization 1..1 MS
* organization only Reference(DuiEtablissement or DuiOrganisationGestionnaire)
* organization ^short = "Établissement d'exercice (ou l'OG pour les fonctions transverses)"
* code 1..* MS
* code ^slicing.discriminator.type = #value
* code ^slicing.discriminator.path = "$this"
* code ^slicing.rules = #open
* code contains profession 1..1 MS
* code[profession] ^short = "Profession exercée (médecin, IDE, aide-soignant, AES, éducateur…)"
* code[profession] from dui-vs-profession-essms (required)
* active MS
* period MS
* telecom MS
* telecom ^short = "Coordonnées professionnelles ; l'adresse MSSanté est un email de domaine mssante.fr"

Profile: DuiOrganisationPartenaire
Parent: $fr-core-organization
Id: dui-organisation-partenaire
Title: "Organisme partenaire"
Description: """Organisme avec lequel l'ESSMS échange sans en faire partie : conseil départemental, MDPH, CAF, hôpital,
autre ESSMS, pharmacie d'officine, mutuelle, service mandataire…"""
* name 1..1 MS
* type MS
* identifier MS
* telecom MS
* address MS
