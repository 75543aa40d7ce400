// Entourage de l'usager : personne de confiance, personne à prévenir, représentant légal, aidant.

Profile: DuiEntourage
Parent: $fr-core-related-person
Id: dui-entourage
Title: "Membre de l'entourage"
Description: """Proche ou représentant de l'usager. Son rôle (TRE_R260) dit ce qu'il est pour l'ESSMS : personne de
confiance (NOK), personne à prévenir (ECON), représentant légal (GUARD), aidant (CAREGIVER) ; son lien de parenté
(TRE_R216) dit qui il est pour l'usager. Une personne qui tient plusieurs rôles (personne de confiance et personne à
prévenir, par exemple) est décrite une fois par rôle."""
* patient MS
* patient only Reference(DuiUsager or DuiUsagerIns)
* relationship 1..* MS
* relationship[Role] 1..1 MS
* relationship[Role] ^short = "Rôle : NOK personne de confiance, ECON personne à prévenir, GUARD représentant légal, CAREGIVER aidant"
* relationship[Role] from $JDV-J384 (required)
* relationship[Role].coding 1..1
* relationship[RelationType] MS
* relationship[RelationType] ^short = "Lien avec l'usager (père, fille, conjoint, voisin…)"
* name 1..* MS
* telecom MS
* address MS
* active MS
* period MS
* period ^short = "Période pendant laquelle ce rôle est tenu (ex. désignation de la personne de confiance)"
* extension contains DuiProtectionJuridique named protectionJuridique 0..1 MS

Extension: DuiProtectionJuridique
Id: dui-protection-juridique
Title: "Mesure de protection juridique"
Description: "Mesure de protection juridique exercée par ce représentant légal (tutelle, curatelle, mandat de sauvegarde)."
Context: RelatedPerson
* value[x] only CodeableConcept
* valueCodeableConcept from dui-vs-protection-juridique (required)
