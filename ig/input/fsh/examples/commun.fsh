// Exemples : un organisme gestionnaire et ses établissements, des professionnels.
// Les exemples des trois scénarios (EHPAD, IME, domicile) s'y réfèrent.

Alias: $tre-r13 = https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM
Alias: $id-entourage = https://dui-libre.fr/fhir/sid/entourage
Alias: $id-professionnel-local = https://dui-libre.fr/fhir/sid/professionnel

Instance: og-les-tilleuls
InstanceOf: DuiOrganisationGestionnaire
Title: "Association Les Tilleuls (OG)"
Description: "Organisme gestionnaire d'un EHPAD, d'un IME, d'un SSIAD et d'un SAAD dans le Rhône."
Usage: #example
* identifier[idNatSt].type = $fr-core-cs-v2-0203#IDNST
* identifier[idNatSt].system = $idnatst
* identifier[idNatSt].value = "1690012345"
* name = "Association Les Tilleuls"
* address.line = "12 rue des Tilleuls"
* address.city = "Lyon"
* address.postalCode = "69003"
* address.country = "France"

RuleSet: Etablissement(finess, categorie, libelle, nom, ville, cp)
* identifier[finess].type = $fr-core-cs-v2-0203#FINEG
* identifier[finess].system = $finess
* identifier[finess].value = "{finess}"
* type[categorieEtablissementRASS] = $TRE-R66#{categorie} "{libelle}"
* name = "{nom}"
* partOf = Reference(og-les-tilleuls)
* address.city = "{ville}"
* address.postalCode = "{cp}"
* address.country = "France"

Instance: etab-ehpad-tilleuls
InstanceOf: DuiEtablissement
Title: "EHPAD Résidence Les Tilleuls"
Usage: #example
* insert Etablissement(690012346, 500, [[Etablissement d'hébergement pour personnes âgées dépendantes]], [[EHPAD Résidence Les Tilleuls]], Lyon, 69003)
* extension[capacite].valueInteger = 30

Instance: etab-ime-petit-prince
InstanceOf: DuiEtablissement
Title: "IME Le Petit Prince"
Usage: #example
* insert Etablissement(690012347, 183, [[Institut médico-éducatif (IME)]], [[IME Le Petit Prince]], Villeurbanne, 69100)

Instance: etab-ssiad-val-de-saone
InstanceOf: DuiEtablissement
Title: "SSIAD du Val de Saône"
Usage: #example
* insert Etablissement(690012348, 354, [[Service de soins infirmiers à domicile (SSIAD)]], [[SSIAD du Val de Saône]], Neuville-sur-Saône, 69250)

Instance: etab-saad-val-de-saone
InstanceOf: DuiEtablissement
Title: "SAAD Aide et présence du Val de Saône"
Usage: #example
* insert Etablissement(690012349, 460, [[Service autonomie aide (SAA)]], [[Aide et présence du Val de Saône]], Neuville-sur-Saône, 69250)

RuleSet: Professionnel(idnat, famille, prenom)
* identifier[idNatPs].type = $fr-core-cs-v2-0203#IDNPS
* identifier[idNatPs].system = $idnatps
* identifier[idNatPs].value = "{idnat}"
* name.family = "{famille}"
* name.given = "{prenom}"

RuleSet: Role(pro, etab, system, code, libelle)
* practitioner = Reference({pro})
* organization = Reference({etab})
* code[profession] = {system}#{code} "{libelle}"
* active = true

Instance: pro-dr-martin
InstanceOf: DuiProfessionnel
Title: "Dr Claire Martin, médecin coordonnateur"
Usage: #example
* insert Professionnel(810001234567, MARTIN, Claire)
* name.prefix = "Dr"

Instance: role-dr-martin-ehpad
InstanceOf: DuiRoleProfessionnel
Title: "Médecin coordonnateur de l'EHPAD"
Usage: #example
* insert Role(pro-dr-martin, etab-ehpad-tilleuls, $TRE-A02, G15_10, Médecin)
* telecom.system = #email
* telecom.value = "claire.martin@tilleuls.mssante.fr"

Instance: pro-ide-bernard
InstanceOf: DuiProfessionnel
Title: "Sophie Bernard, infirmière"
Usage: #example
* insert Professionnel(810002345678, BERNARD, Sophie)

Instance: role-ide-bernard-ehpad
InstanceOf: DuiRoleProfessionnel
Title: "Infirmière de l'EHPAD"
Usage: #example
* insert Role(pro-ide-bernard, etab-ehpad-tilleuls, $TRE-A02, G15_60, Infirmier)

Instance: pro-as-benali
InstanceOf: DuiProfessionnel
Title: "Karim Benali, aide-soignant"
Usage: #example
* insert Professionnel(3690012346/AS001, BENALI, Karim)

Instance: role-as-benali-ehpad
InstanceOf: DuiRoleProfessionnel
Title: "Aide-soignant de l'EHPAD"
Usage: #example
* insert Role(pro-as-benali, etab-ehpad-tilleuls, $TRE-R85, 313, Aide-soignant)

Instance: pro-educ-petit
InstanceOf: DuiProfessionnel
Title: "Julie Petit, éducatrice spécialisée"
Usage: #example
* insert Professionnel(3690012347/ES002, PETIT, Julie)

Instance: role-educ-petit-ime
InstanceOf: DuiRoleProfessionnel
Title: "Éducatrice spécialisée de l'IME"
Usage: #example
* insert Role(pro-educ-petit, etab-ime-petit-prince, $TRE-R85, 326, [[Educateur spécialisé]])

Instance: pro-psy-roux
InstanceOf: DuiProfessionnel
Title: "Antoine Roux, psychologue"
Usage: #example
* insert Professionnel(3690012347/PS003, ROUX, Antoine)

Instance: role-psy-roux-ime
InstanceOf: DuiRoleProfessionnel
Title: "Psychologue de l'IME"
Usage: #example
* insert Role(pro-psy-roux, etab-ime-petit-prince, $TRE-R95, 93, Psychologue)

Instance: pro-ide-morel
InstanceOf: DuiProfessionnel
Title: "Lucie Morel, infirmière coordinatrice du SSIAD"
Usage: #example
* insert Professionnel(810003456789, MOREL, Lucie)

Instance: role-ide-morel-ssiad
InstanceOf: DuiRoleProfessionnel
Title: "Infirmière coordinatrice du SSIAD"
Usage: #example
* insert Role(pro-ide-morel, etab-ssiad-val-de-saone, $TRE-A02, G15_60, Infirmier)

Instance: pro-aes-garcia
InstanceOf: DuiProfessionnel
Title: "Inès Garcia, accompagnante éducative et sociale (SAAD)"
Usage: #example
* insert Professionnel(3690012349/AES04, GARCIA, Inès)

Instance: role-aes-garcia-saad
InstanceOf: DuiRoleProfessionnel
Title: "AES du SAAD"
Usage: #example
* insert Role(pro-aes-garcia, etab-saad-val-de-saone, $TRE-R85, 328, [[Accompagnant éducatif et social]])

Instance: pro-pharm-lambert
InstanceOf: DuiProfessionnel
Title: "Paul Lambert, pharmacien de l'officine partenaire"
Usage: #example
* insert Professionnel(810004567890, LAMBERT, Paul)

Instance: role-pharm-lambert
InstanceOf: DuiRoleProfessionnel
Title: "Pharmacien partenaire de l'EHPAD"
Usage: #example
* insert Role(pro-pharm-lambert, etab-ehpad-tilleuls, $TRE-A02, G15_21, Pharmacien)
