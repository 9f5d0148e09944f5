-- N2fSync demo data: the two Agresso views as SQLite tables (SQLite dialect).
-- Every row is valid data; bad rows belong to the tests, not to this sample.
-- Empty values are NULL (not ''), so the CSV export of these tables reads back to the same rows.
-- Rebuild agresso-sample.db and the CSV files with samples/build-samples.sh (see samples/README.md).

CREATE TABLE iris_N2F_User (
    AdresseEmail TEXT, Prenom TEXT, Nom TEXT, Entreprise TEXT, Fonction TEXT, Role TEXT, Profil TEXT, Manager TEXT,
    Compte_Auxiliaire_Agresso TEXT, Moyen_Paiement_Prof TEXT, Compte_Auxiliaire2 TEXT, Matricule TEXT, Centre_Cout TEXT,
    Creation_Vehicule TEXT, Appro_Veh_Adm TEXT, Deduction_Distance_TravDom TEXT, Distance_TravDom TEXT, Devise TEXT,
    langue TEXT, Structure TEXT, Champs_Liaison_SSO TEXT, Droit_Relever_Plafond TEXT, Methode_SSO TEXT,
    Update_Champs_Perso TEXT, Nouveau_Email TEXT, Action TEXT, CompanyID TEXT, LocationID TEXT, DivisionID TEXT
);

CREATE TABLE iris_N2F_Analytics (
    typ TEXT, client TEXT, code TEXT, description TEXT, status TEXT, date_from TEXT, date_to TEXT
);

-- Column order of every users row below:
-- AdresseEmail, Prenom, Nom, Entreprise, Fonction, Role, Profil, Manager,
-- Compte_Auxiliaire_Agresso, Moyen_Paiement_Prof, Compte_Auxiliaire2, Matricule, Centre_Cout,
-- Creation_Vehicule, Appro_Veh_Adm, Deduction_Distance_TravDom, Distance_TravDom, Devise,
-- langue, Structure, Champs_Liaison_SSO, Droit_Relever_Plafond, Methode_SSO,
-- Update_Champs_Perso, Nouveau_Email, Action, CompanyID, LocationID, DivisionID

-- BE01: 14 users. Wim Verstraeten heads it; Ann Peeters, Sophie Lambert and Nathalie Gilson manage teams.
INSERT INTO iris_N2F_User VALUES
('Ann.Peeters@example.be', 'Ann', 'Peeters', 'BE01', 'Responsable financière', 'Manager', 'Standard', 'Wim.Verstraeten@example.be',
 '40100101', '1', '49900101', '00101', 'CC-FIN', '0', '1', '0', '12', 'EUR', 'nl', 'L2', 'apeeters', '1', 'Saml', '0', NULL, 'U', '10', 'BRU', 'FIN'),
('jean-luc.dubois@example.be', 'Jean-Luc', 'Dubois', 'BE01', 'Comptable', 'Utilisateur', 'Standard', 'ann.peeters@example.be',
 '40100102', '0', NULL, '00102', 'CC-FIN', 'false', 'true', 'false', '8.5', 'EUR', 'fr', NULL, 'jldubois', '0', 'Sso', 'false', NULL, NULL, '10', 'BRU', 'FIN'),
('bart.desmet@example.be', 'Bart', 'De Smet', 'BE01', 'Projectleider', 'Gebruiker', 'Cadre', 'Ann.Peeters@Example.be',
 '40100103', 'yes', '49900103', '00103', 'CC-PRJ', 'yes', 'no', 'yes', '42', 'EUR', 'nl', 'L3', 'bdesmet', 'no', 'Saml', 'yes', NULL, 'I', '10', 'GNT', 'PRJ'),
('elise.dupont@example.be', 'Élise', 'Dupont', 'BE01', 'Assistante de direction', 'Utilisateur', NULL, 'ann.peeters@example.be',
 '40100104', 'N', NULL, '00104', 'CC-ADM', 'N', 'N', 'N', NULL, 'EUR', 'fr', 'L3', NULL, 'N', 'Integrated', 'N', NULL, NULL, '10', 'BRU', 'ADM'),
('francois.lemaire@example.be', 'François', 'Lemaire', 'BE01', 'Ingénieur de projet', NULL, 'Standard', 'sophie.lambert@example.be',
 '40100105', 'Y', '49900105', '00105', 'CC-PRJ', 'Y', 'y', 'Y', '27', 'EUR', 'fr', NULL, 'flemaire', 'n', 'Sso', 'y', NULL, 'U', '10', 'LGE', 'PRJ'),
('helene.mertens@example.be', 'Hélène', 'Mertens', 'BE01', 'Chargée de communication', 'Utilisateur', 'Standard', 'Sophie.Lambert@example.be',
 '40100106', 'on', '49900106', '00106', 'CC-COM', 'off', 'on', 'off', '5', 'EUR', 'fr', 'L3', 'hmertens', 'off', 'Saml', 'on', NULL, NULL, '10', 'BRU', 'COM'),
('kevin.janssens@example.be', 'Kevin', 'Janssens', 'BE01', 'Technicus', 'Gebruiker', 'Standard', 'sophie.lambert@example.be',
 '40100107', NULL, NULL, '00107', 'CC-TEC', NULL, NULL, NULL, NULL, 'EUR', 'nl', NULL, NULL, NULL, 'Integrated', NULL, NULL, NULL, '10', 'GNT', 'TEC'),
('lucas.dhondt@example.be', 'Lucas', 'D''Hondt', 'BE01', 'Technicien', 'Utilisateur', 'Standard', 'Sophie.Lambert@Example.BE',
 '40100108', 'TRUE', '49900108', '00108', 'CC-TEC', 'False', 'TRUE', 'True', '63', 'EUR', 'fr', 'L3', 'ldhondt', 'FALSE', 'Sso', 'False', NULL, 'U', '10', 'LGE', 'TEC'),
('marie.dubois@example.be', 'Marie', 'Dubois', 'BE01', 'Juriste', 'Utilisateur', 'Cadre', 'wim.verstraeten@example.be',
 '40100109', 'Yes', NULL, '00109', 'CC-JUR', 'No', 'Yes', 'No', '15', 'EUR', 'fr', 'L2', 'mdubois', 'Yes', 'Saml', 'No', 'marie.lefevre@example.be', 'U', '10', 'BRU', 'JUR'),
('nathalie.gilson@example.be', 'Nathalie', 'Gilson', 'BE01', 'Contrôleuse de gestion', 'Manager', 'Cadre', 'wim.verstraeten@example.be',
 '40100110', '1', '49900110', '00110', 'CC-FIN', '1', '0', '1', '31', 'EUR', 'fr', 'L2', 'ngilson', '1', 'Saml', '1', NULL, NULL, '10', 'LGE', 'FIN'),
('olivier.renard@example.be', 'Olivier', 'Renard', 'BE01', 'Commercial', 'Utilisateur', 'Standard', 'Nathalie.Gilson@example.be',
 '40100111', 'ON', '49900111', '00111', 'CC-VEN', 'ON', 'OFF', 'ON', '120', 'EUR', 'fr', NULL, 'orenard', 'OFF', 'Sso', 'ON', NULL, 'I', '10', 'LGE', 'VEN'),
('sophie.lambert@example.be', 'Sophie', 'Lambert', 'BE01', 'Directrice technique', 'Manager', 'Cadre', 'Wim.Verstraeten@example.be',
 '40100112', '1', '49900112', '00112', 'CC-TEC', '1', '0', '0', '22', 'EUR', 'fr', 'L1', 'slambert', '1', 'Saml', '1', NULL, NULL, '10', 'BRU', 'TEC'),
('thomas.wouters@example.be', 'Thomas', 'Wouters', 'BE01', 'Magazijnier', 'Gebruiker', NULL, 'nathalie.gilson@example.be',
 '40100113', '0', NULL, '00113', 'CC-LOG', '0', '0', '0', '3.2', 'EUR', 'nl', 'L3', NULL, '0', 'Integrated', '0', NULL, NULL, '10', 'GNT', 'LOG'),
('Wim.Verstraeten@example.be', 'Wim', 'Verstraeten', 'BE01', 'Algemeen directeur', 'Manager', 'Cadre', NULL,
 '40100114', 'true', '49900114', '00114', 'CC-DIR', 'true', 'false', 'false', '0', 'EUR', 'nl', 'L1', 'wverstraeten', 'true', 'Saml', 'true', NULL, 'N', '10', 'BRU', 'DIR');

-- BE02: 11 users. Yasmine El Haddad heads it; Pieter Claes and Tom De Wilde manage teams.
-- Chloé O'Neil (BE02) reports to Ann Peeters (BE01), as in the example of docs/domain.md §9.
INSERT INTO iris_N2F_User VALUES
('anne-sophie.moreau@example.be', 'Anne-Sophie', 'Moreau', 'BE02', 'Architecte', 'Utilisateur', 'Cadre', 'pieter.claes@example.be',
 '40200201', '1', '49900201', '00201', 'CC-ARC', '0', '1', '1', '18', 'EUR', 'fr', 'L3', 'asmoreau', '0', 'Saml', '0', NULL, NULL, '20', 'NAM', 'ARC'),
('chloe.o''neil@example.be', 'Chloé', 'O''Neil', 'BE02', 'Dessinatrice', 'Utilisateur', 'Standard', 'ann.peeters@example.be',
 '40200202', 'no', NULL, '00202', 'CC-ARC', 'no', 'no', 'no', NULL, 'EUR', 'fr', 'L3', 'coneil', 'no', 'Integrated', 'no', NULL, NULL, '20', 'NAM', 'ARC'),
('dirk.vermeulen@example.be', 'Dirk', 'Vermeulen', 'BE02', 'Werfleider', 'Gebruiker', 'Standard', 'Pieter.Claes@example.be',
 '40200203', 'y', '49900203', '00203', 'CC-CHA', 'y', 'n', 'y', '54', 'EUR', 'nl', NULL, 'dvermeulen', 'n', 'Saml', 'n', NULL, 'U', '20', 'ANT', 'CHA'),
('ines.martins@example.be', 'Inês', 'Martins', 'BE02', 'Ingénieure stabilité', NULL, NULL, 'pieter.claes@example.be',
 '40200204', 'true', NULL, '00204', 'CC-ARC', 'true', 'true', 'false', '9', 'EUR', 'fr', 'L3', 'imartins', 'false', 'Sso', 'true', NULL, NULL, '20', 'NAM', 'ARC'),
('joelle.lecomte@example.be', 'Joëlle', 'Lecomte', 'BE02', 'Secrétaire', 'Utilisateur', 'Standard', 'yasmine.el-haddad@example.be',
 '40200205', '0', NULL, '00205', 'CC-ADM', '0', '0', '0', NULL, 'EUR', 'fr', NULL, NULL, '0', 'Integrated', '0', NULL, 'I', '20', 'NAM', 'ADM'),
('maxime.noel@example.be', 'Maxime', 'Noël', 'BE02', 'Conducteur de travaux', 'Utilisateur', 'Standard', 'Pieter.Claes@Example.be',
 '40200206', 'on', '49900206', '00206', 'CC-CHA', 'on', 'on', 'off', '76', 'EUR', 'fr', 'L3', 'mnoel', 'off', 'Saml', 'off', NULL, NULL, '20', 'ANT', 'CHA'),
('pieter.claes@example.be', 'Pieter', 'Claes', 'BE02', 'Projectdirecteur', 'Manager', 'Cadre', 'Yasmine.El-Haddad@example.be',
 '40200207', '1', '49900207', '00207', 'CC-CHA', '1', '0', '1', '38', 'EUR', 'nl', 'L2', 'pclaes', '1', 'Saml', '1', NULL, NULL, '20', 'ANT', 'CHA'),
('sarah.goossens@example.be', 'Sarah', 'Goossens', 'BE02', 'Boekhouder', 'Gebruiker', 'Standard', 'yasmine.el-haddad@example.be',
 '40200208', 'N', NULL, '00208', 'CC-FIN', 'N', 'Y', 'N', '11', 'EUR', 'nl', 'L3', 'sgoossens', 'N', 'Sso', 'Y', NULL, 'U', '20', 'ANT', 'FIN'),
('tom.dewilde@example.be', 'Tom', 'De Wilde', 'BE02', 'Aankoper', 'Manager', 'Standard', 'Yasmine.El-Haddad@Example.be',
 '40200209', 'yes', '49900209', '00209', 'CC-ACH', 'no', 'yes', 'no', '24', 'EUR', 'nl', 'L2', 'tdewilde', 'yes', 'Saml', 'no', NULL, NULL, '20', 'ANT', 'ACH'),
('vincent.mathieu@example.be', 'Vincent', 'Mathieu', 'BE02', 'Acheteur', 'Utilisateur', NULL, 'tom.dewilde@example.be',
 '40200210', 'off', NULL, '00210', 'CC-ACH', 'off', 'off', 'off', NULL, 'EUR', 'fr', 'L3', 'vmathieu', 'off', 'Integrated', 'off', NULL, NULL, '20', 'NAM', 'ACH'),
('Yasmine.El-Haddad@example.be', 'Yasmine', 'El Haddad', 'BE02', 'Directrice générale', 'Manager', 'Cadre', NULL,
 '40200211', '1', '49900211', '00211', 'CC-DIR', '1', '0', '0', '45', 'EUR', 'fr', 'L1', 'yelhaddad', '1', 'Saml', '1', NULL, 'N', '20', 'NAM', 'DIR');

-- Analytics: 40 rows. Status N = open, C = closed, P = parked. date_to 2099-12-31 means "no end".
-- PRJ-0042, PRJ-0100, 1-KLM-321 and SP-1..SP-5 exist in both companies (the same code, two different values).
INSERT INTO iris_N2F_Analytics VALUES
('PROJECT', 'BE01', 'PRJ-0042', 'Rénovation école', 'N', '2026-01-01', '2099-12-31'),
('PROJECT', 'BE01', 'PRJ-0043', 'Extension crèche "Les Petits Loups"', 'N', '2025-09-01', '2027-06-30'),
('PROJECT', 'BE01', 'PRJ-0050', 'Audit énergétique – Hôtel de ville', 'N', '2025-01-15', '31/12/2026'),
('PROJECT', 'BE01', 'PRJ-0061', 'Voirie rue de l''Église', 'C', '2023-04-01', '2025-03-31'),
('PROJECT', 'BE01', 'PRJ-0070', 'Site web « Ma commune »', 'N', NULL, NULL),
('PROJECT', 'BE01', 'PRJ-0100', 'Migration ERP', 'N', '2026-02-01', '2099-12-31'),
('PROJECT', 'BE01', 'PRJ-0101', 'Piscine communale, phase 2', 'P', '01/03/2026', '2099-12-31'),
('PROJECT', 'BE01', 'PRJ-0102', 'Éclairage LED – parc Josaphat', 'N', '2026-04-01', NULL),
('PROJECT', 'BE02', 'PRJ-0042', 'Renovatie school Sint-Jozef', 'N', '2026-01-01', '2099-12-31'),
('PROJECT', 'BE02', 'PRJ-0100', 'Migratie ERP', 'N', '2026-02-01', '2099-12-31'),
('PROJECT', 'BE02', 'PRJ-2001', 'Bureaux Namur – aménagement', 'N', '2025-06-01', '2026-12-31'),
('PROJECT', 'BE02', 'PRJ-2002', 'Brug over de Schelde', 'N', '15/09/2025', '2099-12-31'),
('PROJECT', 'BE02', 'PRJ-2003', 'Crèche Sainte-Thérèse', 'C', '2022-01-01', '2024-12-31'),
('PROJECT', 'BE02', 'PRJ-2004', 'Étude de faisabilité — Liège-Guillemins', 'P', NULL, NULL),
('PLAQUE', 'BE01', '1-ABC-123', 'Škoda Octavia', 'N', '2024-03-15', '2028-03-14'),
('PLAQUE', 'BE01', '1-DEF-456', 'Volkswagen Golf Variant', 'N', '2023-11-02', '2027-11-01'),
('PLAQUE', 'BE01', '2-GHJ-789', 'Renault Mégane E-Tech', 'N', '2025-05-20', '2099-12-31'),
('PLAQUE', 'BE01', '1-KLM-321', 'Opel Corsa (pool)', 'N', '2024-01-01', '2099-12-31'),
('Plaque', 'BE01', '1-NOP-654', 'Citroën Berlingo', 'N', '2022-07-01', '30/06/2026'),
('PLAQUE', 'BE01', '1-QRS-987', 'Peugeot 308 SW', 'C', '2020-02-01', '2024-01-31'),
('PLAQUE', 'BE01', '2-TUV-135', 'Tesla Model 3', 'N', NULL, NULL),
('PLAQUE', 'BE02', '1-KLM-321', 'Opel Corsa (pool)', 'N', '2024-01-01', '2099-12-31'),
('PLAQUE', 'BE02', '1-XYZ-987', 'Toyota Proace', 'N', '2023-03-01', '2027-02-28'),
('PLAQUE', 'BE02', '2-AAA-246', 'Dacia Spring', 'N', '2025-10-01', '2099-12-31'),
('PLAQUE', 'BE02', '1-BCD-802', 'Ford Transit Custom', 'N', '2021-06-15', '2026-06-14'),
('PLAQUE', 'BE02', '1-EFG-579', 'Hyundai Kona Électrique', 'N', '01/04/2025', '2099-12-31'),
('SUBPOST', 'BE01', 'SP-1', 'Carburant', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE01', 'SP-2', 'Péage, parking', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE01', 'SP-3', 'Hôtel', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE01', 'SP-4', 'Repas d''affaires', 'N', NULL, NULL),
('SUBPOST', 'BE01', 'SP-5', 'Formation', 'N', NULL, '2099-12-31'),
('SUBPOST', 'BE01', 'SP-6', 'Télécom & internet', 'N', '2021-01-01', NULL),
('SUBPOST', 'BE01', 'SP-8', 'Fournitures de bureau', 'C', '2020-01-01', '2025-12-31'),
('SUBPOST', 'BE02', 'SP-1', 'Brandstof', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE02', 'SP-2', 'Tol, parking', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE02', 'SP-3', 'Hotel', 'N', '2020-01-01', '2099-12-31'),
('SUBPOST', 'BE02', 'SP-4', 'Zakenlunch', 'N', NULL, NULL),
('SUBPOST', 'BE02', 'SP-5', 'Opleiding', 'N', NULL, '2099-12-31'),
('SUBPOST', 'BE02', 'SP-7', 'Frais de représentation', 'N', NULL, NULL),
('SUBPOST', 'BE02', 'SP-9', 'Kilometervergoeding', 'C', '2020-01-01', '31/12/2025');
