// Paramètres de recherche dont les écrans du DUI ont besoin.

RuleSet: SearchParam(code, base, type, expression, title, description)
* status = #active
* experimental = false
* code = #{code}
* base = #{base}
* type = #{type}
* expression = "{expression}"
* name = "{title}"
* description = "{description}"

// Le statut en liste d'attente se cherche avec le paramètre standard de HAPI Task:business-status.

Instance: dui-sp-patient-ins
InstanceOf: SearchParameter
Usage: #definition
Title: "INS de l'usager"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-patient-ins"
* insert SearchParam(ins, Patient, token, [[Patient.identifier.where(system = 'urn:oid:1.2.250.1.213.1.4.8' or system = 'urn:oid:1.2.250.1.213.1.4.9' or system = 'urn:oid:1.2.250.1.213.1.4.10')]], Ins, [[Matricule INS (INS-NIR, INS-NIA ou INS-NIR de test) de l'usager.]])

Instance: dui-sp-patient-identity-status
InstanceOf: SearchParameter
Usage: #definition
Title: "Statut de l'identité"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-patient-identity-status"
* insert SearchParam(identity-status, Patient, token, [[Patient.extension('https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability').extension('identityStatus').value]], IdentityStatus, [[Statut de l'identité de l'usager (VIDE, PROV, VALI…).]])

Instance: dui-sp-coverage-period-end
InstanceOf: SearchParameter
Usage: #definition
Title: "Échéance d'une prestation"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-coverage-period-end"
* insert SearchParam(period-end, Coverage, date, Coverage.period.end, PeriodEnd, [[Date d'échéance d'une prestation sociale ou d'un droit (alertes d'expiration).]])

Instance: dui-sp-careteam-member
InstanceOf: SearchParameter
Usage: #definition
Title: "Membre de l'équipe"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-careteam-member"
* insert SearchParam(member, CareTeam, reference, CareTeam.participant.member, Member, [[Professionnel (rôle ou personne) ou proche membre d'une équipe de prise en charge.]])
* target[0] = #PractitionerRole
* target[+] = #Practitioner
* target[+] = #RelatedPerson

Instance: dui-sp-transmission-cible
InstanceOf: SearchParameter
Usage: #definition
Title: "Cible d'une transmission"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-transmission-cible"
* insert SearchParam(cible, Observation, token, [[Observation.where(category.coding.where(system = 'https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation' and code = 'transmission').exists()).code]], Cible, [[Cible d'une transmission ciblée (douleur, sommeil, chute…).]])

Instance: dui-sp-projet-revision
InstanceOf: SearchParameter
Usage: #definition
Title: "Date de révision du projet personnalisé"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-projet-revision"
* insert SearchParam(revision-date, CarePlan, date, [[CarePlan.extension('https://dui-libre.fr/fhir/StructureDefinition/dui-date-revision').value]], RevisionDate, [[Date de révision prévue du projet personnalisé.]])

Instance: dui-sp-decision-validite
InstanceOf: SearchParameter
Usage: #definition
Title: "Fin de validité d'une décision"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-decision-validite"
* insert SearchParam(validity-end, Basic, date, [[Basic.extension('https://dui-libre.fr/fhir/StructureDefinition/dui-periode-validite').value.end]], ValidityEnd, [[Fin de validité d'une décision d'orientation (alertes avant échéance).]])

Instance: dui-sp-liste-attente-gir
InstanceOf: SearchParameter
Usage: #definition
Title: "GIR à la demande d'admission"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-liste-attente-gir"
* insert SearchParam(gir, Task, token, [[Task.input.where(type.coding.where(system = 'https://dui-libre.fr/fhir/CodeSystem/dui-demande-type' and code = 'gir').exists()).value]], Gir, [[GIR connu à la demande d'admission (filtre de la liste d'attente, ADM-1).]])

Instance: dui-sp-demande-origine
InstanceOf: SearchParameter
Usage: #definition
Title: "Origine de la demande d'admission"
* url = "https://dui-libre.fr/fhir/SearchParameter/dui-sp-demande-origine"
* insert SearchParam(origine, ServiceRequest, token, [[ServiceRequest.extension('https://dui-libre.fr/fhir/StructureDefinition/dui-origine-demande').value]], Origine, [[Origine d'une demande d'admission (usager, famille, établissement de santé, MDPH…) ; la liste d'attente la cherche par Task?focus:ServiceRequest.origine (ADM-1).]])
