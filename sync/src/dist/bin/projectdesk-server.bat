@echo off
rem ProjectDesk HQ sync server. JAVA_HOME selects the Java runtime (17 or newer).
set APP_HOME=%~dp0..
if defined JAVA_HOME (set JAVA="%JAVA_HOME%\bin\java") else (set JAVA=java)
%JAVA% -Dh2.objectCache=false %JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
