; Inno Setup script for the Windows installer.
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\Factcheck packaging\windows\factcheck.iss
; Start-menu entry, uninstaller; file associations are offered but off by default.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Factcheck"
#endif

[Setup]
AppId={{6F1C5A0E-3B1E-4F43-9A55-4D7A7B1F2C10}
AppName=Factcheck
AppVersion={#AppVersion}
AppPublisher=The Factcheck developers
DefaultDirName={autopf}\Factcheck
DefaultGroupName=Factcheck
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=Factcheck-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\factcheck.ico
UninstallDisplayIcon={app}\Factcheck.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .docx, .odt and .md drafts with Factcheck"; GroupDescription: "File associations:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Factcheck"; Filename: "{app}\Factcheck.exe"
Name: "{group}\Uninstall Factcheck"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Factcheck"; Filename: "{app}\Factcheck.exe"; Tasks: desktopicon

[Registry]
; Only with the "associate" task, and removed again by the uninstaller.
Root: HKA; Subkey: "Software\Classes\Factcheck.Draft"; ValueType: string; ValueName: ""; ValueData: "Draft for fact-checking"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Factcheck.Draft\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Factcheck.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Factcheck.Draft\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Factcheck.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "Factcheck.Draft"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.odt\OpenWithProgids"; ValueType: string; ValueName: "Factcheck.Draft"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "Factcheck.Draft"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate

[Run]
Filename: "{app}\Factcheck.exe"; Description: "{cm:LaunchProgram,Factcheck}"; Flags: nowait postinstall skipifsilent
