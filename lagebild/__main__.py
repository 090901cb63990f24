from lagebild.cli import app

app()
