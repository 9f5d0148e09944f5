-- Built-in users query: every column of the users view (docs/domain.md §3.1), whole view.
-- The FROM placeholder is replaced by source.users.view (a table or view name). Plain SQL that runs on SQL Server and SQLite.
-- No ORDER BY: rows are numbered in the view's own order, so "row 17" in a message is the 17th row an admin sees with
-- SELECT * FROM the view. The sync does not depend on the order (the planner orders managers before their reports).
SELECT
    AdresseEmail, Prenom, Nom, Entreprise, Fonction, Role, Profil, Manager,
    Compte_Auxiliaire_Agresso, Moyen_Paiement_Prof, Compte_Auxiliaire2, Matricule, Centre_Cout,
    Creation_Vehicule, Appro_Veh_Adm, Deduction_Distance_TravDom, Distance_TravDom, Devise,
    langue, Structure, Champs_Liaison_SSO, Droit_Relever_Plafond, Methode_SSO,
    Update_Champs_Perso, Nouveau_Email, Action, CompanyID, LocationID, DivisionID
FROM {view}
