// A letter's or notice's HTML page shown inside the console: the page's own <main> would be a second main landmark
// inside the console's, so only its content is kept. The server escapes every field it fills in (formats/letters).
export function letterBody(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return (body.querySelector('main') ?? body).innerHTML;
}
