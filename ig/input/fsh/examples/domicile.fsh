// Scénario 3 : Paul Girard, 84 ans, vit chez lui avec son épouse ; il est suivi par le SSIAD et le SAAD.

Instance: usager-paul-girard
InstanceOf: DuiUsagerIns
Title: "Paul Girard, accompagné à domicile (identité qualifiée)"
Usage: #example
* extension[identityReliability].extension[identityStatus].valueCoding = $fr-core-cs-v2-0445#VALI "Identité validée"
* extension[identityReliability].extension[methodCollection].valueCoding = $fr-core-cs-method-collection#INSI "Téléservice INSI"
* extension[identityReliability].extension[dateCollection].valueDate = "2025-01-06"
* extension[identityReliability].extension[validationMode].valueCoding = $fr-core-cs-mode-validation#PA "Passeport"
* extension[identityReliability].extension[validationDate].valueDate = "2025-01-06"
* extension[birthPlace].valueAddress.city = "Mâcon"
* extension[birthPlace].valueAddress.extension[inseeCode].valueCoding = $tre-r13#71270 "Mâcon"
* identifier[PI].system = $id-usager
* identifier[PI].value = "3690012348/SSIAD-210"
* identifier[INS-NIR-TEST].use = #official
* identifier[INS-NIR-TEST].type = $fr-core-cs-v2-0203#INS-NIR-TEST
* identifier[INS-NIR-TEST].system = $ins-nir-test
* identifier[INS-NIR-TEST].value = "142076938801209"
* name[officialName].use = #official
* name[officialName].family = "GIRARD"
* name[officialName].given = "Paul"
* name[officialName].extension[birth-list-given-name].valueString = "Paul André"
* gender = #male
* birthDate = "1942-07-21"
* address.line = "8 chemin des Vignes"
* address.city = "Neuville-sur-Saône"
* address.postalCode = "69250"

Instance: entourage-odile-girard
InstanceOf: DuiEntourage
Title: "Odile Girard, épouse et aidante de Paul"
Usage: #example
* identifier.system = $id-entourage
* identifier.value = "3690012348/SSIAD-210-ENT-1"
* patient = Reference(usager-paul-girard)
* relationship[Role] = $TRE-R260#CAREGIVER "Aidant"
* relationship[RelationType] = $TRE-R216#WIFE "Epouse"
* name.family = "GIRARD"
* name.given = "Odile"
* telecom.system = #phone
* telecom.value = "04 78 00 11 22"

Instance: sejour-paul-ssiad
InstanceOf: DuiSejour
Title: "Prise en charge de Paul par le SSIAD"
Usage: #example
* identifier[idSejour].system = $id-sejour
* identifier[idSejour].value = "3690012348/SSIAD-210-SEJOUR-1"
* status = #in-progress
* class = $v3-ActCode#HH
* subject = Reference(usager-paul-girard)
* serviceProvider = Reference(etab-ssiad-val-de-saone)
* period.start = "2025-01-13"
* hospitalization.admitSource = $dui-mode-entree#hospitalisation "Hospitalisation"
* extension[temporalite].valueCodeableConcept = $dui-temporalite-accueil#accompagnement-a-domicile "Accompagnement à domicile"

Instance: sejour-paul-saad
InstanceOf: DuiSejour
Title: "Accompagnement de Paul par le SAAD"
Usage: #example
* identifier[idSejour].system = $id-sejour
* identifier[idSejour].value = "3690012349/SAAD-088-SEJOUR-1"
* status = #in-progress
* class = $v3-ActCode#HH
* subject = Reference(usager-paul-girard)
* serviceProvider = Reference(etab-saad-val-de-saone)
* period.start = "2025-02-01"
* hospitalization.admitSource = $dui-mode-entree#domicile "Domicile"
* extension[temporalite].valueCodeableConcept = $dui-temporalite-accueil#accompagnement-a-domicile "Accompagnement à domicile"

Instance: intervention-paul-toilette
InstanceOf: DuiEvenement
Title: "Intervention aide-soignante du SSIAD (toilette)"
Usage: #example
* status = #finished
* class = $v3-ActCode#HH
* type = $cisis#MED-1296 "Intervention d'un aide-soignant"
* subject = Reference(usager-paul-girard)
* participant.individual = Reference(role-ide-morel-ssiad)
* participant.extension[present].valueBoolean = true
* period.start = "2025-03-03T08:00:00+01:00"
* period.end = "2025-03-03T08:45:00+01:00"
* serviceProvider = Reference(etab-ssiad-val-de-saone)
* partOf = Reference(sejour-paul-ssiad)
* extension[usagerPresent].valueBoolean = true

Instance: intervention-paul-courses
InstanceOf: DuiEvenement
Title: "Intervention du SAAD (courses et repas), annulée"
Usage: #example
* status = #cancelled
* class = $v3-ActCode#HH
* type = $dui-type-evenement#intervention-domicile
* subject = Reference(usager-paul-girard)
* participant.individual = Reference(role-aes-garcia-saad)
* period.start = "2025-03-10T11:00:00+01:00"
* period.end = "2025-03-10T12:30:00+01:00"
* serviceProvider = Reference(etab-saad-val-de-saone)
* partOf = Reference(sejour-paul-saad)
* extension[motifAnnulation].valueString = "M. Girard hospitalisé depuis la veille"

Instance: agenda-paul-ssiad
InstanceOf: DuiAgendaUsager
Title: "Agenda de présence de Paul au SSIAD"
Usage: #example
* active = true
* actor = Reference(usager-paul-girard)
* planningHorizon.start = "2025-01-13"

Instance: absence-paul-hospitalisation
InstanceOf: DuiPresenceAbsence
Title: "Absence de Paul : hospitalisation"
Usage: #example
* schedule = Reference(agenda-paul-ssiad)
* serviceType = $dui-type-presence#absence "Absence"
* status = #busy-unavailable
* start = "2025-03-09T18:00:00+01:00"
* end = "2025-03-14T12:00:00+01:00"
* comment = "Hospitalisé aux HCL pour une pneumopathie."
* extension[motifAbsence].valueCodeableConcept = $dui-motif-absence#hospitalisation "Hospitalisation"

Instance: equipe-paul
InstanceOf: DuiEquipe
Title: "Équipe de Paul (SSIAD et SAAD)"
Usage: #example
* status = #active
* subject = Reference(usager-paul-girard)
* participant[0].member = Reference(role-ide-morel-ssiad)
* participant[+].member = Reference(role-aes-garcia-saad)
* participant[+].member = Reference(entourage-odile-girard)
* managingOrganization = Reference(etab-ssiad-val-de-saone)

Instance: apa-paul
InstanceOf: DuiPrestationSociale
Title: "APA à domicile de Paul"
Usage: #example
* status = #active
* type = $dui-type-prestation-sociale#apa-domicile "Allocation personnalisée d'autonomie à domicile (APA)"
* beneficiary = Reference(usager-paul-girard)
* payor = Reference(metropole-de-lyon)
* period.start = "2025-02-01"
* period.end = "2026-01-31"
