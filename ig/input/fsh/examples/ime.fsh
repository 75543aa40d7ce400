// Scénario 2 : Lucas Martin, 9 ans, entre à l'IME après une orientation de la MDPH.

Instance: usager-lucas-martin
InstanceOf: DuiUsager
Title: "Lucas Martin, enfant accueilli à l'IME (identité validée sur pièce, sans INS)"
Usage: #example
* extension[identityReliability].extension[identityStatus].valueCoding = $fr-core-cs-v2-0445#PROV "Identité provisoire"
* extension[identityReliability].extension[validationMode].valueCoding = $fr-core-cs-mode-validation#LE "Livret de famille"
* extension[identityReliability].extension[validationDate].valueDate = "2025-08-28"
* identifier[PI].system = $id-usager
* identifier[PI].value = "3690012347/IME-0457"
* name[officialName].use = #official
* name[officialName].family = "MARTIN"
* name[officialName].given = "Lucas"
* gender = #male
* birthDate = "2016-09-03"
* address.line = "4 allée des Cerisiers"
* address.city = "Villeurbanne"
* address.postalCode = "69100"

Instance: entourage-sandrine-martin
InstanceOf: DuiEntourage
Title: "Sandrine Martin, mère et représentante légale de Lucas"
Usage: #example
* identifier.system = $id-entourage
* identifier.value = "3690012347/IME-0457-ENT-1"
* patient = Reference(usager-lucas-martin)
* relationship[Role] = $TRE-R260#GUARD "Responsable légal"
* relationship[RelationType] = $TRE-R216#MTH "Mère"
* name.family = "MARTIN"
* name.given = "Sandrine"
* telecom.system = #phone
* telecom.value = "06 11 22 33 44"

Instance: mdph-rhone
InstanceOf: DuiOrganisationPartenaire
Title: "MDPH du Rhône"
Usage: #example
* name = "Maison départementale des personnes handicapées du Rhône"

Instance: doc-lucas-notification-mdph
InstanceOf: DuiDocument
Title: "Notification de la CDAPH pour Lucas"
Usage: #example
* status = #current
* type = $dui-type-document#notification-mdph "Notification de décision MDPH"
* subject = Reference(usager-lucas-martin)
* date = "2025-06-12T09:00:00+02:00"
* author = Reference(mdph-rhone)
* content.attachment.contentType = #application/pdf
* content.attachment.title = "Notification CDAPH — orientation IME"
* content.attachment.data = "JVBERi0xLjQKJcfsj6IKJSVFT0YK"

Instance: decision-lucas-orientation-ime
InstanceOf: DuiDecisionOrientation
Title: "Orientation de Lucas vers un IME"
Usage: #example
* code = $TRE-R420#7 "Orientation ESMS Enfants"
* subject = Reference(usager-lucas-martin)
* created = "2025-06-12"
* author = Reference(mdph-rhone)
* extension[validite].valuePeriod.start = "2025-09-01"
* extension[validite].valuePeriod.end = "2030-08-31"
* extension[notification].valueReference = Reference(doc-lucas-notification-mdph)

Instance: demande-lucas-ime
InstanceOf: DuiDemandeAdmission
Title: "Demande d'admission de Lucas à l'IME"
Usage: #example
* status = #completed
* intent = #proposal
* category = $dui-demande-type#admission
* code = $dui-temporalite-accueil#accueil-de-jour "Accueil de jour"
* subject = Reference(usager-lucas-martin)
* authoredOn = "2025-06-20"
* requester = Reference(entourage-sandrine-martin)
* performer = Reference(etab-ime-petit-prince)
* supportingInfo = Reference(decision-lucas-orientation-ime)
* extension[origine].valueCodeableConcept = $dui-origine-demande#mdph-orientation

Instance: attente-lucas-ime
InstanceOf: DuiListeAttente
Title: "Inscription de Lucas en liste d'attente de l'IME (admis)"
Usage: #example
* status = #completed
* intent = #order
* code = $dui-demande-type#liste-attente
* businessStatus = $TRE-R357#71 "Liste d'attente. Admis dans l'ESMS"
* focus = Reference(demande-lucas-ime)
* for = Reference(usager-lucas-martin)
* owner = Reference(etab-ime-petit-prince)
* authoredOn = "2025-06-20"
* lastModified = "2025-08-25"

Instance: sejour-lucas-ime
InstanceOf: DuiSejour
Title: "Accompagnement de Lucas à l'IME"
Usage: #example
* identifier[idSejour].system = $id-sejour
* identifier[idSejour].value = "3690012347/IME-0457-SEJOUR-1"
* status = #in-progress
* class = $v3-ActCode#HH
* subject = Reference(usager-lucas-martin)
* serviceProvider = Reference(etab-ime-petit-prince)
* period.start = "2025-09-01"
* hospitalization.admitSource = $dui-mode-entree#domicile "Domicile"
* extension[temporalite].valueCodeableConcept = $dui-temporalite-accueil#accueil-de-jour "Accueil de jour"

Instance: pp-lucas
InstanceOf: DuiProjetPersonnalise
Title: "Projet personnalisé d'accompagnement de Lucas (en préparation)"
Usage: #example
* status = #draft
* category = $TRE-R390#PPA "Projet Personnalisé d'Accompagnement"
* title = "Apprendre à communiquer avec les pictogrammes et rejoindre une classe externalisée"
* subject = Reference(usager-lucas-martin)
* period.start = "2025-10-01"
* author = Reference(role-educ-petit-ime)
* extension[dateRevision].valueDate = "2026-06-30"

Instance: transmission-lucas-comportement
InstanceOf: DuiTransmission
Title: "Transmission : comportement en atelier"
Usage: #example
* status = #final
* category[transmission] = $dui-categorie-observation#transmission
* code = $dui-cible-transmission#comportement "Comportement"
* subject = Reference(usager-lucas-martin)
* effectiveDateTime = "2025-09-15T16:00:00+02:00"
* performer = Reference(role-educ-petit-ime)
* component[donnees].code = $dui-observation-code#donnees
* component[donnees].valueString = "Agitation en atelier collage quand le bruit monte."
* component[actions].code = $dui-observation-code#actions
* component[actions].valueString = "Casque anti-bruit proposé, activité poursuivie à l'écart."

Instance: equipe-lucas
InstanceOf: DuiEquipe
Title: "Équipe de Lucas"
Usage: #example
* status = #active
* subject = Reference(usager-lucas-martin)
* participant[0].member = Reference(role-educ-petit-ime)
* participant[+].member = Reference(role-psy-roux-ime)
* participant[+].member = Reference(entourage-sandrine-martin)
* managingOrganization = Reference(etab-ime-petit-prince)

Instance: aeeh-lucas
InstanceOf: DuiPrestationSociale
Title: "AEEH de Lucas"
Usage: #example
* status = #active
* type = $dui-type-prestation-sociale#aeeh "Allocation d'éducation de l'enfant handicapé (AEEH)"
* beneficiary = Reference(usager-lucas-martin)
* payor = Reference(mdph-rhone)
* period.start = "2025-07-01"
* period.end = "2027-06-30"
