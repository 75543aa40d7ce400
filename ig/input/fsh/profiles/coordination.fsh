// Équipe de prise en charge.

Profile: DuiEquipe
Parent: CareTeam
Id: dui-equipe
Title: "Équipe de prise en charge"
Description: """Professionnels (et proches aidants) qui accompagnent l'usager (COO-2). L'appartenance à l'équipe ouvre
l'accès aux données de santé couvertes par le secret partagé."""
* status MS
* category MS
* name MS
* subject 1..1 MS
* subject only Reference(DuiUsager or DuiUsagerIns)
* period MS
* participant 1..* MS
* participant.role MS
* participant.member 1..1 MS
* participant.member only Reference(DuiRoleProfessionnel or DuiProfessionnel or DuiEntourage)
* participant.period MS
* managingOrganization MS
* managingOrganization only Reference(DuiEtablissement)
