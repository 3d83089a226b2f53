// "Use my location": asks the phone once, finds the closest station, and keeps nothing.
document.addEventListener('DOMContentLoaded', () => {
	const button = document.getElementById('use-location');
	const result = document.getElementById('nearest-result');
	if (!button || !result || !navigator.geolocation) {
		if (button) {
			button.hidden = true;
		}
		return;
	}
	button.addEventListener('click', () => {
		navigator.geolocation.getCurrentPosition((position) => {
			const url = '/public/stations/nearest?lat=' + encodeURIComponent(position.coords.latitude)
				+ '&lon=' + encodeURIComponent(position.coords.longitude);
			fetch(url, { credentials: 'same-origin' }).then((response) => response.ok ? response.json() : null)
				.then((station) => {
					result.textContent = '';
					if (!station) {
						result.textContent = result.getAttribute('data-none');
						return;
					}
					const name = document.createElement('p');
					name.className = 'station-name';
					name.textContent = station.name;
					const address = document.createElement('p');
					address.textContent = station.address;
					const call = document.createElement('a');
					call.className = 'button call';
					call.href = 'tel:' + station.phone;
					call.textContent = result.getAttribute('data-call') + ' ' + station.phone;
					result.append(name, address, call);
					const select = document.getElementById('communeId');
					if (select && station.communes && station.communes.length > 0 && !select.value) {
						select.value = String(station.communes[0]);
					}
				});
		}, () => {
			result.textContent = result.getAttribute('data-none');
		}, { timeout: 10000, maximumAge: 600000 });
	});
});
