; Inno Setup 6 script: an installer for the program folder that build_installer.spec makes.
;
;   iscc installer\sic-desktop.iss        (on Windows, after the build; docs\installation.md)
;
; By default it installs for the current user without administrator rights, into
; %LOCALAPPDATA%\Programs\SIC Desktop. Chosen in the first dialog, or with /ALLUSERS for a
; silent installation, it installs for all users into C:\Program Files\SIC Desktop (with
; administrator rights), which AppLocker's default rules allow. The version is read from the
; built program, whose version resource build_installer.spec wrote from pyproject.toml;
; iscc /DAppVersion=1.2.3 overrides it. User data are never in the program folder, so an
; update or an uninstallation leaves them alone.

#define Bundle AddBackslash(SourcePath) + "..\dist\sic-desktop"
#define WindowExe "SIC Desktop.exe"
#define ConsoleExe "sic-desktop.exe"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + ConsoleExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Build the program first (dist\sic-desktop\sic-desktop.exe not found or without version).
#endif
#define Publisher GetStringFileInfo(Bundle + "\" + ConsoleExe, "CompanyName")

[Setup]
; The AppId identifies the program for updates and uninstallation: never change it.
AppId={{2E54EFF9-1FF8-4CFF-822B-DDB1C45E8FF6}
AppName=SIC Desktop
AppVersion={#AppVersion}
AppVerName=SIC Desktop {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SIC Desktop
DefaultGroupName=SIC Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=sic-desktop.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName=SIC Desktop
OutputDir=..\dist
OutputBaseFilename=sic-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries completely: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Never a developer's portable.ini or data folder: installed copies keep their data in the profile.
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "\portable.ini,\data\*"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SIC Desktop"; Filename: "{app}\{#WindowExe}"
Name: "{autodesktop}\SIC Desktop"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,SIC Desktop}"; Flags: nowait postinstall skipifsilent
