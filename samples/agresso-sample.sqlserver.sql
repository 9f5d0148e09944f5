-- The demo data of samples/agresso-sample.sql for SQL Server: the same rows, with the types the views have at the
-- reference customer (text as nvarchar, flags as bit, the home-work distance as float, ids as int, validity dates
-- as datetime). Tables hold the data; the views iris_N2F_User and iris_N2F_Analytics are what N2fSync reads.
-- Run it in an empty database, e.g.: sqlcmd -S localhost -U sa -d AGRESSO -i samples/agresso-sample.sqlserver.sql
-- The CI workflow (.github/workflows/ci.yml) does, then runs the SQL Server tests against it. Regenerate it when
-- agresso-sample.sql changes (each flag written as 1/0, each date as yyyymmdd).
SET NOCOUNT ON;
SET XACT_ABORT ON;
GO

CREATE TABLE dbo.N2F_User_Data (
    AdresseEmail nvarchar(254) NULL,
    Prenom nvarchar(100) NULL,
    Nom nvarchar(100) NULL,
    Entreprise nvarchar(25) NULL,
    Fonction nvarchar(100) NULL,
    Role nvarchar(100) NULL,
    Profil nvarchar(100) NULL,
    Manager nvarchar(254) NULL,
    Compte_Auxiliaire_Agresso nvarchar(100) NULL,
    Moyen_Paiement_Prof bit NULL,
    Compte_Auxiliaire2 nvarchar(100) NULL,
    Matricule nvarchar(100) NULL,
    Centre_Cout nvarchar(100) NULL,
    Creation_Vehicule bit NULL,
    Appro_Veh_Adm bit NULL,
    Deduction_Distance_TravDom bit NULL,
    Distance_TravDom float NULL,
    Devise nvarchar(3) NULL,
    langue nvarchar(5) NULL,
    Structure nvarchar(10) NULL,
    Champs_Liaison_SSO nvarchar(100) NULL,
    Droit_Relever_Plafond bit NULL,
    Methode_SSO nvarchar(100) NULL,
    Update_Champs_Perso bit NULL,
    Nouveau_Email nvarchar(254) NULL,
    Action nvarchar(1) NULL,
    CompanyID int NULL,
    LocationID nvarchar(100) NULL,
    DivisionID nvarchar(100) NULL
);
GO

CREATE TABLE dbo.N2F_Analytics_Data (
    typ nvarchar(25) NULL, client nvarchar(25) NULL, code nvarchar(50) NULL, description nvarchar(255) NULL,
    status nvarchar(1) NULL, date_from datetime NULL, date_to datetime NULL
);
GO

INSERT INTO dbo.N2F_User_Data VALUES
(N'Ann.Peeters@example.be', N'Ann', N'Peeters', N'BE01', N'Responsable financière', N'Manager', N'Standard', N'Wim.Verstraeten@example.be', N'40100101', 1, N'49900101', N'00101', N'CC-FIN', 0, 1, 0, 12, N'EUR', N'nl', N'L2', N'apeeters', 1, N'Saml', 0, NULL, N'U', 10, N'BRU', N'FIN'),
(N'jean-luc.dubois@example.be', N'Jean-Luc', N'Dubois', N'BE01', N'Comptable', N'Utilisateur', N'Standard', N'ann.peeters@example.be', N'40100102', 0, NULL, N'00102', N'CC-FIN', 0, 1, 0, 8.5, N'EUR', N'fr', NULL, N'jldubois', 0, N'Sso', 0, NULL, NULL, 10, N'BRU', N'FIN'),
(N'bart.desmet@example.be', N'Bart', N'De Smet', N'BE01', N'Projectleider', N'Gebruiker', N'Cadre', N'Ann.Peeters@Example.be', N'40100103', 1, N'49900103', N'00103', N'CC-PRJ', 1, 0, 1, 42, N'EUR', N'nl', N'L3', N'bdesmet', 0, N'Saml', 1, NULL, N'I', 10, N'GNT', N'PRJ'),
(N'elise.dupont@example.be', N'Élise', N'Dupont', N'BE01', N'Assistante de direction', N'Utilisateur', NULL, N'ann.peeters@example.be', N'40100104', 0, NULL, N'00104', N'CC-ADM', 0, 0, 0, NULL, N'EUR', N'fr', N'L3', NULL, 0, N'Integrated', 0, NULL, NULL, 10, N'BRU', N'ADM'),
(N'francois.lemaire@example.be', N'François', N'Lemaire', N'BE01', N'Ingénieur de projet', NULL, N'Standard', N'sophie.lambert@example.be', N'40100105', 1, N'49900105', N'00105', N'CC-PRJ', 1, 1, 1, 27, N'EUR', N'fr', NULL, N'flemaire', 0, N'Sso', 1, NULL, N'U', 10, N'LGE', N'PRJ'),
(N'helene.mertens@example.be', N'Hélène', N'Mertens', N'BE01', N'Chargée de communication', N'Utilisateur', N'Standard', N'Sophie.Lambert@example.be', N'40100106', 1, N'49900106', N'00106', N'CC-COM', 0, 1, 0, 5, N'EUR', N'fr', N'L3', N'hmertens', 0, N'Saml', 1, NULL, NULL, 10, N'BRU', N'COM'),
(N'kevin.janssens@example.be', N'Kevin', N'Janssens', N'BE01', N'Technicus', N'Gebruiker', N'Standard', N'sophie.lambert@example.be', N'40100107', NULL, NULL, N'00107', N'CC-TEC', NULL, NULL, NULL, NULL, N'EUR', N'nl', NULL, NULL, NULL, N'Integrated', NULL, NULL, NULL, 10, N'GNT', N'TEC'),
(N'lucas.dhondt@example.be', N'Lucas', N'D''Hondt', N'BE01', N'Technicien', N'Utilisateur', N'Standard', N'Sophie.Lambert@Example.BE', N'40100108', 1, N'49900108', N'00108', N'CC-TEC', 0, 1, 1, 63, N'EUR', N'fr', N'L3', N'ldhondt', 0, N'Sso', 0, NULL, N'U', 10, N'LGE', N'TEC'),
(N'marie.dubois@example.be', N'Marie', N'Dubois', N'BE01', N'Juriste', N'Utilisateur', N'Cadre', N'wim.verstraeten@example.be', N'40100109', 1, NULL, N'00109', N'CC-JUR', 0, 1, 0, 15, N'EUR', N'fr', N'L2', N'mdubois', 1, N'Saml', 0, N'marie.lefevre@example.be', N'U', 10, N'BRU', N'JUR'),
(N'nathalie.gilson@example.be', N'Nathalie', N'Gilson', N'BE01', N'Contrôleuse de gestion', N'Manager', N'Cadre', N'wim.verstraeten@example.be', N'40100110', 1, N'49900110', N'00110', N'CC-FIN', 1, 0, 1, 31, N'EUR', N'fr', N'L2', N'ngilson', 1, N'Saml', 1, NULL, NULL, 10, N'LGE', N'FIN'),
(N'olivier.renard@example.be', N'Olivier', N'Renard', N'BE01', N'Commercial', N'Utilisateur', N'Standard', N'Nathalie.Gilson@example.be', N'40100111', 1, N'49900111', N'00111', N'CC-VEN', 1, 0, 1, 120, N'EUR', N'fr', NULL, N'orenard', 0, N'Sso', 1, NULL, N'I', 10, N'LGE', N'VEN'),
(N'sophie.lambert@example.be', N'Sophie', N'Lambert', N'BE01', N'Directrice technique', N'Manager', N'Cadre', N'Wim.Verstraeten@example.be', N'40100112', 1, N'49900112', N'00112', N'CC-TEC', 1, 0, 0, 22, N'EUR', N'fr', N'L1', N'slambert', 1, N'Saml', 1, NULL, NULL, 10, N'BRU', N'TEC'),
(N'thomas.wouters@example.be', N'Thomas', N'Wouters', N'BE01', N'Magazijnier', N'Gebruiker', NULL, N'nathalie.gilson@example.be', N'40100113', 0, NULL, N'00113', N'CC-LOG', 0, 0, 0, 3.2, N'EUR', N'nl', N'L3', NULL, 0, N'Integrated', 0, NULL, NULL, 10, N'GNT', N'LOG'),
(N'Wim.Verstraeten@example.be', N'Wim', N'Verstraeten', N'BE01', N'Algemeen directeur', N'Manager', N'Cadre', NULL, N'40100114', 1, N'49900114', N'00114', N'CC-DIR', 1, 0, 0, 0, N'EUR', N'nl', N'L1', N'wverstraeten', 1, N'Saml', 1, NULL, N'N', 10, N'BRU', N'DIR'),
(N'anne-sophie.moreau@example.be', N'Anne-Sophie', N'Moreau', N'BE02', N'Architecte', N'Utilisateur', N'Cadre', N'pieter.claes@example.be', N'40200201', 1, N'49900201', N'00201', N'CC-ARC', 0, 1, 1, 18, N'EUR', N'fr', N'L3', N'asmoreau', 0, N'Saml', 0, NULL, NULL, 20, N'NAM', N'ARC'),
(N'chloe.o''neil@example.be', N'Chloé', N'O''Neil', N'BE02', N'Dessinatrice', N'Utilisateur', N'Standard', N'ann.peeters@example.be', N'40200202', 0, NULL, N'00202', N'CC-ARC', 0, 0, 0, NULL, N'EUR', N'fr', N'L3', N'coneil', 0, N'Integrated', 0, NULL, NULL, 20, N'NAM', N'ARC'),
(N'dirk.vermeulen@example.be', N'Dirk', N'Vermeulen', N'BE02', N'Werfleider', N'Gebruiker', N'Standard', N'Pieter.Claes@example.be', N'40200203', 1, N'49900203', N'00203', N'CC-CHA', 1, 0, 1, 54, N'EUR', N'nl', NULL, N'dvermeulen', 0, N'Saml', 0, NULL, N'U', 20, N'ANT', N'CHA'),
(N'ines.martins@example.be', N'Inês', N'Martins', N'BE02', N'Ingénieure stabilité', NULL, NULL, N'pieter.claes@example.be', N'40200204', 1, NULL, N'00204', N'CC-ARC', 1, 1, 0, 9, N'EUR', N'fr', N'L3', N'imartins', 0, N'Sso', 1, NULL, NULL, 20, N'NAM', N'ARC'),
(N'joelle.lecomte@example.be', N'Joëlle', N'Lecomte', N'BE02', N'Secrétaire', N'Utilisateur', N'Standard', N'yasmine.el-haddad@example.be', N'40200205', 0, NULL, N'00205', N'CC-ADM', 0, 0, 0, NULL, N'EUR', N'fr', NULL, NULL, 0, N'Integrated', 0, NULL, N'I', 20, N'NAM', N'ADM'),
(N'maxime.noel@example.be', N'Maxime', N'Noël', N'BE02', N'Conducteur de travaux', N'Utilisateur', N'Standard', N'Pieter.Claes@Example.be', N'40200206', 1, N'49900206', N'00206', N'CC-CHA', 1, 1, 0, 76, N'EUR', N'fr', N'L3', N'mnoel', 0, N'Saml', 0, NULL, NULL, 20, N'ANT', N'CHA'),
(N'pieter.claes@example.be', N'Pieter', N'Claes', N'BE02', N'Projectdirecteur', N'Manager', N'Cadre', N'Yasmine.El-Haddad@example.be', N'40200207', 1, N'49900207', N'00207', N'CC-CHA', 1, 0, 1, 38, N'EUR', N'nl', N'L2', N'pclaes', 1, N'Saml', 1, NULL, NULL, 20, N'ANT', N'CHA'),
(N'sarah.goossens@example.be', N'Sarah', N'Goossens', N'BE02', N'Boekhouder', N'Gebruiker', N'Standard', N'yasmine.el-haddad@example.be', N'40200208', 0, NULL, N'00208', N'CC-FIN', 0, 1, 0, 11, N'EUR', N'nl', N'L3', N'sgoossens', 0, N'Sso', 1, NULL, N'U', 20, N'ANT', N'FIN'),
(N'tom.dewilde@example.be', N'Tom', N'De Wilde', N'BE02', N'Aankoper', N'Manager', N'Standard', N'Yasmine.El-Haddad@Example.be', N'40200209', 1, N'49900209', N'00209', N'CC-ACH', 0, 1, 0, 24, N'EUR', N'nl', N'L2', N'tdewilde', 1, N'Saml', 0, NULL, NULL, 20, N'ANT', N'ACH'),
(N'vincent.mathieu@example.be', N'Vincent', N'Mathieu', N'BE02', N'Acheteur', N'Utilisateur', NULL, N'tom.dewilde@example.be', N'40200210', 0, NULL, N'00210', N'CC-ACH', 0, 0, 0, NULL, N'EUR', N'fr', N'L3', N'vmathieu', 0, N'Integrated', 0, NULL, NULL, 20, N'NAM', N'ACH'),
(N'Yasmine.El-Haddad@example.be', N'Yasmine', N'El Haddad', N'BE02', N'Directrice générale', N'Manager', N'Cadre', NULL, N'40200211', 1, N'49900211', N'00211', N'CC-DIR', 1, 0, 0, 45, N'EUR', N'fr', N'L1', N'yelhaddad', 1, N'Saml', 1, NULL, N'N', 20, N'NAM', N'DIR');
GO

INSERT INTO dbo.N2F_Analytics_Data VALUES
(N'PROJECT', N'BE01', N'PRJ-0042', N'Rénovation école', N'N', '20260101', '20991231'),
(N'PROJECT', N'BE01', N'PRJ-0043', N'Extension crèche "Les Petits Loups"', N'N', '20250901', '20270630'),
(N'PROJECT', N'BE01', N'PRJ-0050', N'Audit énergétique – Hôtel de ville', N'N', '20250115', '20261231'),
(N'PROJECT', N'BE01', N'PRJ-0061', N'Voirie rue de l''Église', N'C', '20230401', '20250331'),
(N'PROJECT', N'BE01', N'PRJ-0070', N'Site web « Ma commune »', N'N', NULL, NULL),
(N'PROJECT', N'BE01', N'PRJ-0100', N'Migration ERP', N'N', '20260201', '20991231'),
(N'PROJECT', N'BE01', N'PRJ-0101', N'Piscine communale, phase 2', N'P', '20260301', '20991231'),
(N'PROJECT', N'BE01', N'PRJ-0102', N'Éclairage LED – parc Josaphat', N'N', '20260401', NULL),
(N'PROJECT', N'BE02', N'PRJ-0042', N'Renovatie school Sint-Jozef', N'N', '20260101', '20991231'),
(N'PROJECT', N'BE02', N'PRJ-0100', N'Migratie ERP', N'N', '20260201', '20991231'),
(N'PROJECT', N'BE02', N'PRJ-2001', N'Bureaux Namur – aménagement', N'N', '20250601', '20261231'),
(N'PROJECT', N'BE02', N'PRJ-2002', N'Brug over de Schelde', N'N', '20250915', '20991231'),
(N'PROJECT', N'BE02', N'PRJ-2003', N'Crèche Sainte-Thérèse', N'C', '20220101', '20241231'),
(N'PROJECT', N'BE02', N'PRJ-2004', N'Étude de faisabilité — Liège-Guillemins', N'P', NULL, NULL),
(N'PLAQUE', N'BE01', N'1-ABC-123', N'Škoda Octavia', N'N', '20240315', '20280314'),
(N'PLAQUE', N'BE01', N'1-DEF-456', N'Volkswagen Golf Variant', N'N', '20231102', '20271101'),
(N'PLAQUE', N'BE01', N'2-GHJ-789', N'Renault Mégane E-Tech', N'N', '20250520', '20991231'),
(N'PLAQUE', N'BE01', N'1-KLM-321', N'Opel Corsa (pool)', N'N', '20240101', '20991231'),
(N'Plaque', N'BE01', N'1-NOP-654', N'Citroën Berlingo', N'N', '20220701', '20260630'),
(N'PLAQUE', N'BE01', N'1-QRS-987', N'Peugeot 308 SW', N'C', '20200201', '20240131'),
(N'PLAQUE', N'BE01', N'2-TUV-135', N'Tesla Model 3', N'N', NULL, NULL),
(N'PLAQUE', N'BE02', N'1-KLM-321', N'Opel Corsa (pool)', N'N', '20240101', '20991231'),
(N'PLAQUE', N'BE02', N'1-XYZ-987', N'Toyota Proace', N'N', '20230301', '20270228'),
(N'PLAQUE', N'BE02', N'2-AAA-246', N'Dacia Spring', N'N', '20251001', '20991231'),
(N'PLAQUE', N'BE02', N'1-BCD-802', N'Ford Transit Custom', N'N', '20210615', '20260614'),
(N'PLAQUE', N'BE02', N'1-EFG-579', N'Hyundai Kona Électrique', N'N', '20250401', '20991231'),
(N'SUBPOST', N'BE01', N'SP-1', N'Carburant', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE01', N'SP-2', N'Péage, parking', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE01', N'SP-3', N'Hôtel', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE01', N'SP-4', N'Repas d''affaires', N'N', NULL, NULL),
(N'SUBPOST', N'BE01', N'SP-5', N'Formation', N'N', NULL, '20991231'),
(N'SUBPOST', N'BE01', N'SP-6', N'Télécom & internet', N'N', '20210101', NULL),
(N'SUBPOST', N'BE01', N'SP-8', N'Fournitures de bureau', N'C', '20200101', '20251231'),
(N'SUBPOST', N'BE02', N'SP-1', N'Brandstof', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE02', N'SP-2', N'Tol, parking', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE02', N'SP-3', N'Hotel', N'N', '20200101', '20991231'),
(N'SUBPOST', N'BE02', N'SP-4', N'Zakenlunch', N'N', NULL, NULL),
(N'SUBPOST', N'BE02', N'SP-5', N'Opleiding', N'N', NULL, '20991231'),
(N'SUBPOST', N'BE02', N'SP-7', N'Frais de représentation', N'N', NULL, NULL),
(N'SUBPOST', N'BE02', N'SP-9', N'Kilometervergoeding', N'C', '20200101', '20251231');
GO

CREATE VIEW dbo.iris_N2F_User AS
SELECT AdresseEmail, Prenom, Nom, Entreprise, Fonction, Role, Profil, Manager, Compte_Auxiliaire_Agresso, Moyen_Paiement_Prof, Compte_Auxiliaire2, Matricule, Centre_Cout, Creation_Vehicule, Appro_Veh_Adm, Deduction_Distance_TravDom, Distance_TravDom, Devise, langue, Structure, Champs_Liaison_SSO, Droit_Relever_Plafond, Methode_SSO, Update_Champs_Perso, Nouveau_Email, Action, CompanyID, LocationID, DivisionID
FROM dbo.N2F_User_Data;
GO

CREATE VIEW dbo.iris_N2F_Analytics AS
SELECT typ, client, code, description, status, date_from, date_to
FROM dbo.N2F_Analytics_Data;
GO
